package un.vra.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time standards of this installation: DOMAIN.md's defaults, each overridable through MicroProfile Config
 * ({@code claims.standards.acknowledge-days} or the environment variable
 * {@code CLAIMS_STANDARDS_ACKNOWLEDGE_DAYS}, and so on).
 */
@ApplicationScoped
public class TimeStandardsProducer {

    @Inject
    @ConfigProperty(name = "claims.standards.acknowledge-days", defaultValue = "30")
    int acknowledgeDays;

    @Inject
    @ConfigProperty(name = "claims.standards.collect-samples-days", defaultValue = "90")
    int collectSamplesDays;

    @Inject
    @ConfigProperty(name = "claims.standards.dna-result-days", defaultValue = "60")
    int dnaResultDays;

    @Inject
    @ConfigProperty(name = "claims.standards.arrange-support-days", defaultValue = "180")
    int arrangeSupportDays;

    @Inject
    @ConfigProperty(name = "claims.standards.notify-days", defaultValue = "30")
    int notifyDays;

    @Inject
    @ConfigProperty(name = "claims.standards.start-retest-days", defaultValue = "60")
    int startRetestDays;

    @Inject
    @ConfigProperty(name = "claims.standards.confirm-outcome-days", defaultValue = "14")
    int confirmOutcomeDays;

    @Inject
    @ConfigProperty(name = "claims.standards.payment-days", defaultValue = "30")
    int paymentDays;

    @Produces
    TimeStandards standards() {
        return new TimeStandards(
                acknowledgeDays,
                collectSamplesDays,
                dnaResultDays,
                arrangeSupportDays,
                notifyDays,
                startRetestDays,
                confirmOutcomeDays,
                paymentDays);
    }
}
