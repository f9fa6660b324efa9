package un.vra.claims.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Jakarta Security's PBKDF2 hash with today's parameters: its default of 2,048 iterations is far below the
 * 600,000 that OWASP advises for PBKDF2-HMAC-SHA256. Stored hashes carry their own parameters, so raising
 * them later still verifies older hashes.
 */
@ApplicationScoped
public class PasswordHasher {

    static final int ITERATIONS = 600_000;

    @Inject
    private Pbkdf2PasswordHash pbkdf2;

    @PostConstruct
    void configure() {
        pbkdf2.initialize(Map.of(
                "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
                "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(char[] password) {
        return pbkdf2.generate(password);
    }

    public boolean verify(char[] password, String storedHash) {
        return pbkdf2.verify(password, storedHash);
    }
}
