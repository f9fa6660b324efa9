package un.vra.claims.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} events per key within any {@code window}: a sliding window, so that a burst at the end of
 * one minute and another at the start of the next cannot double the rate, as fixed windows would allow. Each
 * key keeps the times of at most {@code limit} recent events, so memory grows with the number of keys only.
 */
public final class SlidingWindowLimit {

    /** The answer to one attempt: allowed, or refused until {@code retryAfter}; the first refusal of a run says so. */
    public record Verdict(boolean allowed, Duration retryAfter, boolean firstRefusal) {

        /** Whole seconds to wait, rounded up, as a {@code Retry-After} header carries them. */
        public long retryAfterSeconds() {
            return (retryAfter.toMillis() + 999) / 1000;
        }
    }

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Recent> recent = new ConcurrentHashMap<>();

    public SlidingWindowLimit(int limit, Duration window, Clock clock) {
        if (limit < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs at least one event in a positive window");
        }
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** Counts an attempt for the key if it is within the limit; a refused attempt is not counted. */
    public Verdict attempt(String key) {
        return recent.computeIfAbsent(key, unused -> new Recent()).attempt(clock.instant());
    }

    /** The events of one key within the window, oldest first, and whether its current run of refusals was told. */
    private final class Recent {

        private final Deque<Instant> times = new ArrayDeque<>();
        private boolean refusing;

        synchronized Verdict attempt(Instant now) {
            Instant windowStart = now.minus(window);
            while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
                times.removeFirst();
            }
            if (times.size() < limit) {
                times.addLast(now);
                refusing = false;
                return new Verdict(true, Duration.ZERO, false);
            }
            boolean first = !refusing;
            refusing = true;
            return new Verdict(false, Duration.between(windowStart, times.peekFirst()), first);
        }
    }
}
