package un.vra.claims.transparency;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Each publication's figures beside today's recomputation, both suppressed, kept ten minutes: the public page is open
 * to anyone, and over a million claims one recomputation reads every state period of the years published, and the
 * complementary suppression searches boxes around every small count. Kept whole, a read between two recomputations
 * does neither (before, each read suppressed both tables anew: 90 s a read at 100,000 claims).
 *
 * <p>Only the first read of a table waits for it. Once ten minutes old, a table is still answered while its next
 * recomputation runs in the background (20 s at 100,000 claims on two cores, so that a reader waited that long every
 * ten minutes), and replaces it when done; a recomputation that fails leaves the older table in place, to be tried
 * again by the next read. At most one per publication and breakdown runs at a time.
 */
@ApplicationScoped
public class Recomputations {

    private static final Logger LOG = Logger.getLogger(Recomputations.class.getName());

    static final Duration KEPT = Duration.ofMinutes(10);

    private record Kept(Instant at, ComparedTable table) {}

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** The keys whose recomputation runs in the background. */
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    @Resource
    private ManagedExecutorService managed;

    private Executor background;

    public Recomputations() {}

    /** With the executor that runs the background recomputations, instead of the server's. */
    Recomputations(Executor background) {
        this.background = background;
    }

    ComparedTable get(long publication, PublicBreakdown by, Clock clock, Supplier<ComparedTable> compare) {
        String key = publication + "|" + by;
        Kept old = kept.get(key);
        if (old == null) {
            return kept.computeIfAbsent(key, first -> new Kept(clock.instant(), compare.get()))
                    .table();
        }
        if (!old.at().plus(KEPT).isAfter(clock.instant()) && running.add(key)) {
            try {
                executor().execute(() -> recompute(key, clock, compare));
            } catch (RejectedExecutionException e) {
                running.remove(key);
                LOG.log(Level.WARNING, "No thread to recompute the public figures " + key + "; kept as they were", e);
            }
        }
        return old.table();
    }

    private void recompute(String key, Clock clock, Supplier<ComparedTable> compare) {
        try {
            kept.put(key, new Kept(clock.instant(), compare.get()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The public figures " + key + " could not be recomputed; kept as they were", e);
        } finally {
            running.remove(key);
        }
    }

    private Executor executor() {
        return background == null ? managed : background;
    }
}
