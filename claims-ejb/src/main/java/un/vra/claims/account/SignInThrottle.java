package un.vra.claims.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per account and per client address without locking a real user out for long:
 * after a few failures in a window, each further attempt must wait a delay that doubles with every failure,
 * up to a ceiling. Attempts during the delay are refused without looking at the password. Unknown user names
 * are counted like known ones, so throttling tells nothing about which accounts exist. Kept in memory: a
 * restart forgets it, which only ever helps the legitimate user.
 */
final class SignInThrottle {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 50_000;

    private final int freeFailures;
    private final Duration ceiling;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(int freeFailures, Duration ceiling) {
        this.freeFailures = freeFailures;
        this.ceiling = ceiling;
    }

    /** Whether an attempt for this key must be refused now, without checking the password. */
    boolean blocked(String key, Instant now) {
        Failures recorded = failures.get(key);
        return recorded != null && recorded.blockedUntil(now, freeFailures, ceiling).isAfter(now);
    }

    void failed(String key, Instant now) {
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(recorded -> recorded.last.plus(WINDOW).isBefore(now));
        }
        failures.merge(key, new Failures(1, now), (old, one) -> old.last.plus(WINDOW).isBefore(now)
                ? one : new Failures(old.count + 1, now));
    }

    void succeeded(String key) {
        failures.remove(key);
    }

    private record Failures(int count, Instant last) {

        Instant blockedUntil(Instant now, int freeFailures, Duration ceiling) {
            if (count < freeFailures || last.plus(WINDOW).isBefore(now)) {
                return Instant.MIN;
            }
            long seconds = Math.min(1L << Math.min(count - freeFailures, 20), ceiling.toSeconds());
            return last.plusSeconds(seconds);
        }
    }
}
