package un.vra.claims.claim.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.shared.SlidingWindowLimit;

/**
 * How often one account may run the duplicate check: it answers "is this person a claimant?", so an account
 * that asks it in bulk is working through a list of names, not registering claims. The limit is per account,
 * {@code claims.duplicates.checks-per-minute} (20 by default) in any minute, kept in this server's memory.
 */
@ApplicationScoped
public class DuplicateCheckLimit {

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "claims.duplicates.checks-per-minute", defaultValue = "20")
    private int perMinute;

    private SlidingWindowLimit limit;

    @PostConstruct
    void init() {
        limit = new SlidingWindowLimit(perMinute, Duration.ofMinutes(1), clock);
    }

    public SlidingWindowLimit.Verdict attempt(String username) {
        return limit.attempt(username);
    }
}
