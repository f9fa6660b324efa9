package un.vra.claims.transparency;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Today's recomputation of each publication's figures, kept ten minutes: the public page is open to anyone, and
 * over a million claims one recomputation reads every state period of the years published. At most one per
 * publication and breakdown runs at a time.
 */
@ApplicationScoped
public class Recomputations {

    static final Duration KEPT = Duration.ofMinutes(10);

    private record Kept(Instant at, List<Figure> figures) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    List<Figure> get(long publication, PublicBreakdown by, Clock clock, Supplier<List<Figure>> recompute) {
        Instant now = clock.instant();
        return kept.compute(
                        publication + "|" + by,
                        (key, old) ->
                                old != null && old.at().plus(KEPT).isAfter(now) ? old : new Kept(now, recompute.get()))
                .figures();
    }
}
