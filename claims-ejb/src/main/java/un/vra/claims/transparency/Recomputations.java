package un.vra.claims.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Each publication's figures beside today's recomputation, both suppressed, kept ten minutes: the public page is open
 * to anyone, and over a million claims one recomputation reads every state period of the years published, and the
 * complementary suppression searches boxes around every small count. Kept whole, a read between two recomputations
 * does neither (before, each read suppressed both tables anew: 90 s a read at 100,000 claims). At most one per
 * publication and breakdown runs at a time.
 */
@ApplicationScoped
public class Recomputations {

    static final Duration KEPT = Duration.ofMinutes(10);

    private record Kept(Instant at, ComparedTable table) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    ComparedTable get(long publication, PublicBreakdown by, Clock clock, Supplier<ComparedTable> compare) {
        Instant now = clock.instant();
        return kept.compute(
                        publication + "|" + by,
                        (key, old) ->
                                old != null && old.at().plus(KEPT).isAfter(now) ? old : new Kept(now, compare.get()))
                .table();
    }
}
