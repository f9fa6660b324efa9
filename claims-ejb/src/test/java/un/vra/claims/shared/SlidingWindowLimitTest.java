package un.vra.claims.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlidingWindowLimitTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {

        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SlidingWindowLimit limit = new SlidingWindowLimit(3, Duration.ofMinutes(1), clock);

    private void useUpTheLimit() {
        for (int i = 0; i < 3; i++) {
            assertTrue(limit.attempt("a").allowed());
        }
    }

    @Test
    void theAttemptBeyondTheLimitIsRefusedUntilTheOldestLeavesTheWindow() {
        assertTrue(limit.attempt("a").allowed());
        clock.advance(Duration.ofSeconds(10));
        assertTrue(limit.attempt("a").allowed());
        assertTrue(limit.attempt("a").allowed());

        SlidingWindowLimit.Verdict refused = limit.attempt("a");
        assertFalse(refused.allowed());
        assertEquals(Duration.ofSeconds(50), refused.retryAfter());
        assertEquals(50, refused.retryAfterSeconds());

        clock.advance(Duration.ofSeconds(49));
        assertFalse(limit.attempt("a").allowed(), "still within the minute of the first attempt");
        clock.advance(Duration.ofSeconds(1));
        assertTrue(limit.attempt("a").allowed(), "the first attempt has left the window");
        assertFalse(limit.attempt("a").allowed(), "the two others are still in it");
    }

    @Test
    void refusedAttemptsAreNotCountedSoTheyDoNotPushTheWaitFurther() {
        useUpTheLimit();
        for (int i = 0; i < 100; i++) {
            limit.attempt("a");
        }
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limit.attempt("a").allowed());
    }

    @Test
    void aBurstAcrossTheTurnOfAMinuteIsStillLimited() {
        clock.advance(Duration.ofSeconds(59));
        for (int i = 0; i < 3; i++) {
            assertTrue(limit.attempt("a").allowed());
        }
        clock.advance(Duration.ofSeconds(2));
        assertFalse(limit.attempt("a").allowed(), "a fixed minute would have started counting afresh here");
    }

    @Test
    void onlyTheFirstRefusalOfARunIsFlaggedAndAnAllowedAttemptEndsTheRun() {
        useUpTheLimit();
        assertTrue(limit.attempt("a").firstRefusal());
        assertFalse(limit.attempt("a").firstRefusal());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(limit.attempt("a").allowed());
        limit.attempt("a");
        limit.attempt("a");
        assertTrue(limit.attempt("a").firstRefusal());
    }

    @Test
    void eachKeyHasItsOwnLimit() {
        useUpTheLimit();
        assertFalse(limit.attempt("a").allowed());
        assertTrue(limit.attempt("b").allowed());
    }

    @Test
    void aWaitOfAFractionOfASecondIsAnnouncedAsOneWholeSecond() {
        useUpTheLimit();
        clock.advance(Duration.ofMillis(59_600));
        assertEquals(1, limit.attempt("a").retryAfterSeconds());
    }
}
