package un.vra.claims.encryption;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only with a usable current key: configured, well formed, not retired, and the keys' state read from the
 * database. Without one the application refuses to write personal data, so it must not take requests. The reason
 * goes to the server log at start, not to this public answer.
 */
@Readiness
@ApplicationScoped
public class EncryptionReadiness implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("encryption")
                .status(PersonalDataKeys.ring().problem().isEmpty())
                .build();
    }
}
