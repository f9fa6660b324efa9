package un.vra.claims.metrics;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.persistence.config.DescriptorCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.DirectToFieldChangeRecord;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import un.vra.claims.claim.ClaimStatePeriod;
import un.vra.claims.claim.Pending;

/**
 * Keeps the measures ({@code claim_measure}, V81) in step with the state periods, in the transaction that writes
 * them: a period is written only by its claim's persistence (registration, every action, reopening, hold,
 * correction, and the import's replay), and its insert and its end are the two writes that change a count.
 * Registered on the period's descriptor in {@code persistence.xml}, so that the claim knows nothing of measures;
 * it registers {@link RatingMaintenance} there too.
 * Each write is one statement whose rows come in the table's key order, so that two transactions lock shared rows
 * in the same order.
 */
public class MeasureMaintenance implements DescriptorCustomizer {

    /** Set while the thread's periods are measured by their writer instead ({@link #deferred}). */
    private static final ThreadLocal<Boolean> DEFERRED = ThreadLocal.withInitial(() -> false);

    /**
     * Does {@code work} without writing the measures of the periods it writes, nor the ratings' notes of what it
     * writes ({@link RatingMaintenance}): its caller writes them itself, from the claims as stored
     * ({@link MeasureAdditions}, {@link RatingRepository#noteClaims}), a few statements for many claims
     * instead of one per period and event. For the import, whose claims are each written once.
     */
    public static void deferred(Runnable work) {
        DEFERRED.set(true);
        try {
            work.run();
        } finally {
            DEFERRED.remove();
        }
    }

    /** Whether the thread's writes are measured and noted by their writer ({@link #deferred}). */
    static boolean isDeferred() {
        return DEFERRED.get();
    }

    @Override
    public void customize(ClassDescriptor descriptor) {
        new RatingMaintenance().customize(descriptor);
        descriptor.getEventManager().addListener(new DescriptorEventAdapter() {
            @Override
            public void postInsert(DescriptorEvent event) {
                if (DEFERRED.get()) {
                    return;
                }
                ClaimStatePeriod period = (ClaimStatePeriod) event.getSource();
                write(
                        event,
                        period,
                        PeriodChanges.of(period.validFrom(), period.validTo(), period.receivedOn(), pending(period)));
            }

            @Override
            public void postUpdate(DescriptorEvent event) {
                if (DEFERRED.get()) {
                    return;
                }
                ClaimStatePeriod period = (ClaimStatePeriod) event.getSource();
                ObjectChangeSet changes = event.getQuery() instanceof WriteObjectQuery write
                        ? write.getObjectChangeSet()
                        : event.getChangeSet();
                ChangeRecord change = changes == null ? null : changes.getChangesForAttributeNamed("validTo");
                if (changes != null && change == null) {
                    return;
                }
                // The end is the period's only column ever updated, and only an open period is ended.
                LocalDate before =
                        change == null ? null : (LocalDate) ((DirectToFieldChangeRecord) change).getOldValue();
                write(
                        event,
                        period,
                        PeriodChanges.ended(
                                period.validFrom(), before, period.validTo(), period.receivedOn(), pending(period)));
            }
        });
    }

    /** Whether the period's claim is pending, so that its age bands count. */
    static boolean pending(ClaimStatePeriod period) {
        return Pending.is(period.status(), period.paternityOutcome());
    }

    /**
     * Adds the changes to the day and month rows of each breakdown, and to the year rows of every later year of
     * {@code claim_measure_year}: one {@code INSERT ... SELECT ... ON DUPLICATE KEY UPDATE}, sent unbound. Its values
     * are the groups' keys (State and mission codes, categories, years), numbers, days and the names of enumerations,
     * each written as a literal of letters, digits, '_' and '-' only ({@link #literal}). Bound, the statement cost
     * twice: EclipseLink finds each argument by a linear search over all of them (with one per value, 60 to 90, a
     * fifth of a registration's CPU), and Connector/J parsed the 5,000 characters of every prepared statement too
     * long for its statement cache (16 % of a registration's CPU samples, JFR, with only the keys bound).
     */
    private static void write(DescriptorEvent event, ClaimStatePeriod period, Map<PeriodChanges.Slot, Long> changes) {
        if (changes.isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        for (MeasureRows breakdown : MeasureRows.values()) {
            if (!breakdown.counts(period)) {
                continue;
            }
            String key = literal(breakdown.key(period));
            for (Map.Entry<PeriodChanges.Slot, Long> change : changes.entrySet()) {
                long claims = change.getValue();
                rows.append(rows.isEmpty() ? "SELECT " : " UNION ALL SELECT ")
                        .append(literal(breakdown.code()))
                        .append(" AS dimension, ")
                        .append(key)
                        .append(" AS dim_key, DATE ")
                        .append(literal(change.getKey().day().toString()))
                        .append(" AS day, ")
                        .append(change.getKey().band())
                        .append(" AS age_band, ")
                        .append(claims)
                        .append(" AS claims, ")
                        .append(claims * period.children())
                        .append(" AS children");
            }
        }
        String sql = "INSERT INTO claim_measure (period_kind, period_start, dimension, dim_key, route, status,"
                + " paternity_outcome, age_band, claims, children) "
                + MeasureRepository.intoRows(
                        rows.toString(),
                        "x",
                        "x.dimension, x.dim_key, " + literal(period.route().name()) + ", "
                                + literal(period.status().name()) + ", "
                                + literal(period.paternityOutcome().name())
                                + ", x.age_band, x.claims, x.children")
                + " ORDER BY 3, 1, 2, 4, 8" + MeasureRepository.ADDED;
        DataModifyQuery query = new DataModifyQuery(new SQLCall(sql));
        query.setShouldBindAllParameters(false);
        event.getSession().executeQuery(query);
    }

    /** A letter, an ISO day or an enumeration's name (letters, digits, '_' and '-' only) as an SQL string. */
    private static String literal(String text) {
        if (!text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
            throw new IllegalArgumentException("not a plain name: " + text);
        }
        return "'" + text + "'";
    }
}
