package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The tables of all States behind the medians that a State's figures are shown beside (the States' activity,
 * their median days to a step, their overdue steps, their rating bands), kept as computed while the ratings'
 * spans keep their generation ({@link RatingRepository#spansGeneration}). Every write of a claim a State answers
 * for notes it for the spans' refresh, which each reader runs first and which raises the generation; a reader
 * reads the generation in the snapshot it computes in, so a table kept under a generation is the one any reader
 * whose snapshot shows that generation would compute. Each table is a few hundred rows: one per State.
 *
 * <p>Computed anew without a generation (spans not rebuilt, or rebuilt with other standards) and on each new
 * generation; at most {@link #TABLES} tables are kept (an as-of day is the caller's choice), all of one generation.
 */
@ApplicationScoped
public class StateTables {

    /** The tables kept at most: each kind for a few as-of days. */
    static final int TABLES = 64;

    /**
     * What a table is: its kind, the as-of day, and whatever else it was computed with that the generation does not
     * tell (the rating thresholds). The time standards need not be named: they are the server's for its whole run,
     * and a basis written with others has no generation.
     */
    private record Key(String kind, LocalDate day, List<Object> with) {}

    private record Kept(long generation, Map<Key, Object> tables) {}

    private volatile Kept kept = new Kept(-1, new ConcurrentHashMap<>());

    /**
     * The table {@code kind} as of {@code day} computed with {@code with}, as kept under {@code generation}, or
     * computed by {@code compute} (and kept, when there is a generation). The table must not change once computed.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String kind, LocalDate day, OptionalLong generation, Supplier<T> compute, Object... with) {
        if (generation.isEmpty()) {
            return compute.get();
        }
        Kept current = kept;
        if (current.generation() != generation.getAsLong()) {
            current = new Kept(generation.getAsLong(), new ConcurrentHashMap<>());
            kept = current;
        }
        Key key = new Key(kind, day, List.of(with));
        Object table = current.tables().get(key);
        if (table == null) {
            table = compute.get();
            if (current.tables().size() >= TABLES) {
                current.tables().clear();
            }
            current.tables().put(key, table);
        }
        return (T) table;
    }
}
