package un.vra.claims.imports;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.metrics.MeasureAdditions;
import un.vra.claims.metrics.MeasureMaintenance;
import un.vra.claims.metrics.MeasureRepository;
import un.vra.claims.metrics.RatingRepository;

/**
 * The import's last stage: gives each row its reference, builds its claim and writes it, in the caller's one
 * transaction, so that a file is imported whole or not at all.
 *
 * <p>Linear in the rows: every reference is reserved before the first claim is persisted (two statements per year
 * of the file), and claims are written a batch at a time, then forgotten by the persistence context, so that no
 * flush ever looks again at the claims written before. Their ids are taken in blocks ({@code IdBlocks}), so that a
 * batch's events and periods go in multi-row inserts. Their ratings' notes are written a batch at a time, and their
 * measures once, for the whole file, at the end ({@link MeasureMaintenance#deferred}, {@link MeasureAdditions}).
 */
final class ClaimWriter {

    private static final Logger LOG = Logger.getLogger(ClaimWriter.class.getName());

    /** Claims written between two flushes: large enough to keep round trips few, small enough to keep memory flat. */
    static final int BATCH = 500;

    private final EntityManager em;
    private final ClaimRepository claims;
    private final MeasureRepository measures;
    private final RatingRepository ratings;
    private final LegacyClaims builder;
    private final IntConsumer progress;

    /** Claims written so far. */
    private int written;

    /** @param progress told how many claims were written so far, after each batch */
    ClaimWriter(
            EntityManager em,
            ClaimRepository claims,
            MeasureRepository measures,
            RatingRepository ratings,
            LegacyClaims builder,
            IntConsumer progress) {
        this.em = em;
        this.claims = claims;
        this.measures = measures;
        this.ratings = ratings;
        this.builder = builder;
        this.progress = progress;
    }

    /**
     * Writes a claim for every row, or nothing when the aggregate refuses any: then every refusal is reported and
     * nothing is persisted after the first, the caller's transaction to be rolled back.
     *
     * @return the references of the claims written, in file order
     */
    List<String> write(List<LegacyRow> rows) {
        List<String> stored = new ArrayList<>(rows.size());
        MeasureMaintenance.deferred(() -> writeAll(rows, stored));
        return stored;
    }

    /**
     * Writes the rows' claims into {@code stored}, and then their measures ({@link MeasureAdditions}), rather than
     * period by period as they are flushed.
     */
    private void writeAll(List<LegacyRow> rows, List<String> stored) {
        List<ClaimReference> references = references(rows);
        List<ImportProblem> problems = new ArrayList<>();
        List<Claim> batch = new ArrayList<>(BATCH);
        MeasureAdditions additions = measures.additions();
        for (int i = 0; i < rows.size(); i++) {
            Claim claim = builder.build(rows.get(i), references.get(i), problems);
            if (claim != null && problems.isEmpty()) {
                em.persist(claim);
                batch.add(claim);
                stored.add(claim.reference().value());
            }
            if ((i + 1) % BATCH == 0 && problems.isEmpty()) {
                endBatch(batch, additions);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        endBatch(batch, additions);
        long started = System.nanoTime();
        additions.finish();
        LOG.info(() -> "Measures of " + written + " imported claims written in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    /**
     * Writes the batch's claims and their ratings' notes, marks their children named in other claims too, keeps
     * what their measures need of their periods, and forgets them.
     */
    private void endBatch(List<Claim> batch, MeasureAdditions additions) {
        em.flush();
        List<Long> ids = batch.stream().map(Claim::id).toList();
        ratings.noteClaims(ids);
        claims.markSharedChildren(ids);
        batch.forEach(claim -> claim.periods().forEach(additions::add));
        batch.clear();
        em.clear();
        written += ids.size();
        progress.accept(written);
    }

    /**
     * Each row's reference: its own, or a new one in the year it was received. A year's counter is first moved past
     * the highest reference the file gives itself in that year, so that new references never collide with the
     * file's; years are reserved in order, as every writer of the counter locks them.
     */
    private List<ClaimReference> references(List<LegacyRow> rows) {
        Map<Integer, Integer> highestGiven = new TreeMap<>();
        Map<Integer, Integer> toGenerate = new TreeMap<>();
        for (LegacyRow row : rows) {
            if (row.reference() == null) {
                toGenerate.merge(row.receivedOn().getYear(), 1, Integer::sum);
            } else {
                String[] parts = row.reference().split("-");
                highestGiven.merge(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Math::max);
                toGenerate.putIfAbsent(Integer.parseInt(parts[1]), 0);
            }
        }
        Map<Integer, Iterator<ClaimReference>> fresh = new TreeMap<>();
        toGenerate.forEach((year, count) -> fresh.put(
                year,
                claims.reserve(year, highestGiven.getOrDefault(year, 0), count).iterator()));
        return rows.stream()
                .map(row -> row.reference() == null
                        ? fresh.get(row.receivedOn().getYear()).next()
                        : ClaimReference.parse(row.reference()))
                .toList();
    }
}
