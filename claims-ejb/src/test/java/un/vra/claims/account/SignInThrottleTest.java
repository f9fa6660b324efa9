package un.vra.claims.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void theFirstFailuresAreFreeThenEachFurtherAttemptWaitsTwiceAsLong() {
        SignInThrottle throttle = new SignInThrottle(3, Duration.ofMinutes(5));
        for (int i = 0; i < 2; i++) {
            throttle.failed("10.0.0.1", T0);
        }
        assertFalse(throttle.blocked("10.0.0.1", T0));
        throttle.failed("10.0.0.1", T0);
        assertTrue(throttle.blocked("10.0.0.1", T0.plusMillis(900)));
        assertFalse(throttle.blocked("10.0.0.1", T0.plusSeconds(1).plusMillis(1)));
        throttle.failed("10.0.0.1", T0.plusSeconds(2));
        assertTrue(throttle.blocked("10.0.0.1", T0.plusSeconds(3)));
        assertFalse(throttle.blocked("10.0.0.1", T0.plusSeconds(4).plusMillis(1)));
        assertFalse(throttle.blocked("10.0.0.2", T0), "other keys are not affected");
    }

    @Test
    void theWaitNeverExceedsTheCeilingAndFailuresAreForgottenAfterTheWindow() {
        SignInThrottle throttle = new SignInThrottle(1, Duration.ofSeconds(60));
        for (int i = 0; i < 40; i++) {
            throttle.failed("user", T0);
        }
        assertTrue(throttle.blocked("user", T0.plusSeconds(59)));
        assertFalse(throttle.blocked("user", T0.plusSeconds(61)));
        throttle.failed("user", T0.plusSeconds(20 * 60));
        assertTrue(throttle.blocked("user", T0.plusSeconds(20 * 60)));
        assertFalse(throttle.blocked("user", T0.plusSeconds(20 * 60 + 2)), "an old streak does not count");
    }

    @Test
    void aSuccessForgetsTheAccountsFailures() {
        SignInThrottle throttle = new SignInThrottle(1, Duration.ofMinutes(5));
        throttle.failed("user", T0);
        throttle.succeeded("user");
        assertFalse(throttle.blocked("user", T0));
    }
}
