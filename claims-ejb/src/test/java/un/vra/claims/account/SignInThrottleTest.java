package un.vra.claims.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");
    private static final String OWNER = "198.51.100.1";
    private static final String ATTACKER = "203.0.113.66";

    private final SignInThrottle throttle = new SignInThrottle(50, 20, Duration.ofMinutes(5));

    @Test
    void afterFiveFailuresAPairWaitsOneSecondThenTwiceAsLongEachTime() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Duration.ZERO, throttle.wait("admin", ATTACKER, T0));
            throttle.failed("admin", ATTACKER, T0);
        }
        assertEquals(Duration.ofSeconds(1), throttle.wait("admin", ATTACKER, T0));
        assertEquals(Duration.ZERO, throttle.wait("admin", ATTACKER, T0.plusSeconds(1)));
        throttle.failed("admin", ATTACKER, T0.plusSeconds(1));
        assertEquals(Duration.ofSeconds(2), throttle.wait("admin", ATTACKER, T0.plusSeconds(1)));
    }

    @Test
    void theOwnerFromAnotherAddressIsCheckedAtOnceHoweverLongSomeoneElseKeepsFailing() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("admin", ATTACKER, T0.plusSeconds(i * 10L));
        }
        assertTrue(throttle.wait("admin", ATTACKER, T0.plusSeconds(400)).toSeconds() > 0);
        assertEquals(Duration.ZERO, throttle.wait("admin", OWNER, T0.plusSeconds(400)));
    }

    @Test
    void pastTheAccountsCeilingEveryFailingAddressWaitsTheMaximumButANewOneIsStillChecked() {
        for (int i = 0; i < 60; i++) {
            throttle.failed("admin", "203.0.113." + i, T0);
        }
        assertEquals(
                Duration.ofMinutes(5),
                throttle.wait("admin", "203.0.113.7", T0),
                "one failure each, yet every address of a spread-out attack waits the ceiling");
        assertEquals(Duration.ZERO, throttle.wait("admin", OWNER, T0));
        throttle.failed("admin", OWNER, T0);
        assertEquals(Duration.ofMinutes(5), throttle.wait("admin", OWNER, T0), "a typo then waits too");
        assertEquals(
                Duration.ZERO,
                throttle.wait("admin", OWNER, T0.plus(Duration.ofMinutes(5))),
                "and never longer than the ceiling");
    }

    @Test
    void anAddressFailingOnManyAccountsWaitsWhateverNameItTries() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("user" + i, ATTACKER, T0);
        }
        assertEquals(Duration.ofSeconds(1), throttle.wait("someone.new", ATTACKER, T0));
        assertEquals(Duration.ZERO, throttle.wait("someone.new", OWNER, T0));
    }

    @Test
    void aSuccessForgetsThePairButNotTheAccountsFailures() {
        for (int i = 0; i < 6; i++) {
            throttle.failed("auditor", OWNER, T0);
        }
        throttle.succeeded("auditor", OWNER);
        assertEquals(Duration.ZERO, throttle.wait("auditor", OWNER, T0));
        for (int i = 0; i < 60; i++) {
            throttle.failed("admin", "203.0.113." + i, T0);
        }
        throttle.succeeded("admin", OWNER);
        throttle.failed("admin", ATTACKER, T0);
        assertEquals(
                Duration.ofMinutes(5),
                throttle.wait("admin", ATTACKER, T0),
                "the owner signing in does not give an attacker a fresh allowance");
    }

    @Test
    void failuresAreForgottenAfterTheWindow() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("admin", ATTACKER, T0);
        }
        Instant later = T0.plus(SignInThrottle.WINDOW).plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.wait("admin", ATTACKER, later));
        throttle.failed("admin", ATTACKER, later);
        assertEquals(Duration.ZERO, throttle.wait("admin", ATTACKER, later), "an old streak does not count");
    }

    @Test
    void refusedAttemptsAreReportedOncePerAccountWithTheirCount() {
        throttle.refused("admin", ATTACKER, T0);
        throttle.refused("admin", OWNER, T0.plusSeconds(3));
        throttle.refused("auditor", ATTACKER, T0.plusSeconds(4));
        List<SignInThrottle.Refused.Report> reports = throttle.report();
        assertEquals(2, reports.size());
        SignInThrottle.Refused.Report admin = reports.stream()
                .filter(r -> r.account().equals("admin"))
                .findFirst()
                .orElseThrow();
        assertEquals(2, admin.count());
        assertEquals(T0, admin.first());
        assertEquals(T0.plusSeconds(3), admin.last());
        assertEquals(OWNER, admin.lastAddress());
        assertEquals(List.of(), throttle.report(), "a report starts a fresh count");
    }
}
