package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The responsiveness of every State in one statement: the figures of {@link ResponsivenessRepository} joined per
 * State, each State's band worked out by the database, sorted and paged by it. Only one row per State leaves it.
 * Once rebuilt, the figures are read from the maintained spans ({@link RatingSpans}): the same figures, from a
 * few rows per claim instead of every period and event on each request.
 */
@ApplicationScoped
public class RatingRepository {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeStandards standards;

    /** One page of the States' ratings on the as-of day, in the order asked, and how many States there are. */
    PageResult<StateRating> page(LocalDate asOf, RatingThresholds thresholds, RatingSort sort, PageRequest page) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT member_state, name, claims, pending, overdue, acknowledged, dna_result, idle, band,")
                .append(" COUNT(*) OVER () FROM (")
                .append(rated(sql, asOf, thresholds, null))
                .append(") rated ORDER BY ")
                .append(sort.orderBy())
                .append(" LIMIT ")
                .append(page.size())
                .append(" OFFSET ")
                .append(page.offset());
        List<StateRating> items = new ArrayList<>();
        long total = 0;
        for (Object[] row : sql.rows(em)) {
            items.add(rating(row));
            total = ((Number) row[9]).longValue();
        }
        if (items.isEmpty() && page.offset() > 0) {
            total = count(asOf);
        }
        return new PageResult<>(total, page.page(), page.size(), items);
    }

    /** The ratings of the States named, as of the as-of day (a year before the page's, for the trend). */
    Map<String, StateRating> of(LocalDate asOf, RatingThresholds thresholds, Collection<String> memberStates) {
        if (memberStates.isEmpty()) {
            return Map.of();
        }
        return rows(asOf, thresholds, memberStates, spansUsable());
    }

    /** Every rated State's band on {@code asOf}: one row per State. */
    Map<String, RatingBand> bands(LocalDate asOf, RatingThresholds thresholds) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT member_state, band FROM (")
                .append(rated(sql, asOf, thresholds, null))
                .append(") rated");
        Map<String, RatingBand> bands = new HashMap<>();
        for (Object[] row : sql.rows(em)) {
            bands.put((String) row[0], RatingBand.values()[((Number) row[1]).intValue()]);
        }
        return Collections.unmodifiableMap(bands);
    }

    RatingThresholds thresholds() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT acknowledged_responsive_from,"
                        + " acknowledged_unresponsive_below, dna_result_responsive_up_to, dna_result_unresponsive_above,"
                        + " idle_responsive_up_to, idle_unresponsive_above FROM rating_thresholds WHERE id = 1")
                .getSingleResult();
        return new RatingThresholds(
                decimal(row[0]),
                decimal(row[1]),
                ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(),
                decimal(row[4]),
                decimal(row[5]));
    }

    void save(RatingThresholds thresholds, Instant at, String by) {
        em.createNativeQuery("UPDATE rating_thresholds SET acknowledged_responsive_from = ?,"
                        + " acknowledged_unresponsive_below = ?, dna_result_responsive_up_to = ?,"
                        + " dna_result_unresponsive_above = ?, idle_responsive_up_to = ?, idle_unresponsive_above = ?,"
                        + " changed_at = ?, changed_by = ? WHERE id = 1")
                .setParameter(1, thresholds.acknowledgedResponsiveFrom())
                .setParameter(2, thresholds.acknowledgedUnresponsiveBelow())
                .setParameter(3, thresholds.dnaResultResponsiveUpTo())
                .setParameter(4, thresholds.dnaResultUnresponsiveAbove())
                .setParameter(5, thresholds.idleResponsiveUpTo())
                .setParameter(6, thresholds.idleUnresponsiveAbove())
                .setParameter(7, java.sql.Timestamp.from(at))
                .setParameter(8, by)
                .executeUpdate();
    }

    private long count(LocalDate asOf) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT COUNT(*) FROM (")
                .append(
                        spansUsable()
                                ? spanActivity(sql, asOf)
                                : ResponsivenessRepository.activitySql(sql, asOf, MetricsService.IDLE_DAYS))
                .append(") states");
        return ((Number) sql.single(em)).longValue();
    }

    /**
     * SQL of a derived table: a row per State that answers for claims on the as-of day (of those named, when
     * {@code only} is not null), with its name, claims, pending claims, overdue steps today, the three measures
     * ({@code acknowledged}, {@code dna_result}, {@code idle}) and the ordinal of its band ({@code band}).
     */
    private String rated(NativeSql sql, LocalDate asOf, RatingThresholds thresholds, Collection<String> only) {
        return rated(sql, asOf, thresholds, only, spansUsable());
    }

    private String rated(
            NativeSql sql, LocalDate asOf, RatingThresholds thresholds, Collection<String> only, boolean fromSpans) {
        String where = only == null
                ? ""
                : only.stream()
                        .map(sql::parameter)
                        .collect(Collectors.joining(", ", " WHERE a.member_state IN (", ")"));
        String measures = fromSpans ? spanMeasures(sql, asOf) : countedMeasures(sql, asOf);
        return "SELECT m.*, " + thresholds.bandSql(sql, "m.acknowledged", "m.dna_result", "m.idle") + " AS band FROM ("
                + measures + where + ") m";
    }

    /**
     * The drift check of the spans: each State whose rating as of {@code asOf} read from the spans differs from
     * the one computed from the periods and events (or is in one table only), as both; empty when none does.
     */
    List<String> spanDrift(LocalDate asOf, RatingThresholds thresholds) {
        Map<String, StateRating> spans = rows(asOf, thresholds, null, true);
        Map<String, StateRating> counted = rows(asOf, thresholds, null, false);
        List<String> differences = new ArrayList<>();
        for (String state : new TreeSet<>(Stream.concat(spans.keySet().stream(), counted.keySet().stream())
                .toList())) {
            if (!Objects.equals(spans.get(state), counted.get(state))) {
                differences.add(state + ": spans " + spans.get(state) + ", counted " + counted.get(state));
            }
        }
        return differences;
    }

    private Map<String, StateRating> rows(
            LocalDate asOf, RatingThresholds thresholds, Collection<String> only, boolean fromSpans) {
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT member_state, name, claims, pending, overdue, acknowledged, dna_result, idle, band FROM (")
                .append(rated(sql, asOf, thresholds, only, fromSpans))
                .append(") rated");
        return sql.rows(em).stream()
                .map(RatingRepository::rating)
                .collect(Collectors.toMap(StateRating::memberState, r -> r));
    }

    /** The columns of {@link #rated} but the band, read from the maintained spans. */
    private String spanMeasures(NativeSql sql, LocalDate asOf) {
        return "SELECT a.member_state, ms.name, a.claims, a.pending, COALESCE(o.overdue, 0) AS overdue,"
                + " a.acknowledged, d.days AS dna_result, CASE WHEN a.waiting > 0 THEN a.idle / a.waiting END AS idle"
                + " FROM (" + spanActivity(sql, asOf) + ") a"
                + " LEFT JOIN (" + RatingSpans.medianDays(ClaimAction.RECORD_DNA_RESULT, null)
                + ") d ON d.member_state = a.member_state"
                + " LEFT JOIN (" + overdueSql(sql, asOf) + ") o ON o.member_state = a.member_state"
                + " LEFT JOIN member_state ms ON ms.code = a.member_state";
    }

    /** SQL of a derived table: {@link RatingSpans#activity} as of the as-of day of {@code sql}. */
    static String spanActivity(NativeSql sql, LocalDate asOf) {
        return RatingSpans.activity(sql.day(asOf.withDayOfYear(1)), sql.day(asOf.withDayOfMonth(1)));
    }

    /** The columns of {@link #rated} but the band, computed from the claims' periods and events. */
    private String countedMeasures(NativeSql sql, LocalDate asOf) {
        String activity = ResponsivenessRepository.activitySql(sql, asOf, MetricsService.IDLE_DAYS);
        String acknowledged = ResponsivenessRepository.acknowledgedInTimeSql(sql, standards.acknowledgeDays());
        String dnaResult = ResponsivenessRepository.medianDaysSql(sql, ClaimAction.RECORD_DNA_RESULT, null);
        String overdue = overdueSql(sql, asOf);
        return "SELECT a.member_state, ms.name, a.claims, a.pending, COALESCE(o.overdue, 0) AS overdue,"
                + " k.share AS acknowledged, d.days AS dna_result,"
                + " CASE WHEN a.waiting > 0 THEN a.idle / a.waiting END AS idle FROM (" + activity + ") a"
                + " LEFT JOIN (" + acknowledged + ") k ON k.member_state = a.member_state"
                + " LEFT JOIN (" + dnaResult + ") d ON d.member_state = a.member_state"
                + " LEFT JOIN (" + overdue + ") o ON o.member_state = a.member_state"
                + " LEFT JOIN member_state ms ON ms.code = a.member_state";
    }

    /**
     * Whether the ratings can be read from the spans: rebuilt with the standards the application runs with.
     * The spans of the claims written since are written anew first ({@link RatingSpanRefresh}).
     */
    boolean spansUsable() {
        return spansGeneration().isPresent();
    }

    /**
     * The spans' generation when the ratings can be read from them ({@link #spansUsable}): raised by every refresh
     * that wrote a claim's spans and by every rebuild, in their transactions, so that two reads whose snapshots show
     * the same generation read the same spans ({@link StateTables}).
     */
    OptionalLong spansGeneration() {
        List<?> basis = em.createNativeQuery("SELECT acknowledge_days, idle_days, generation FROM state_rating_basis"
                        + " WHERE id = 1 AND NOT building")
                .getResultList();
        if (basis.isEmpty()) {
            return OptionalLong.empty();
        }
        Object[] row = (Object[]) basis.get(0);
        return ((Number) row[0]).intValue() == standards.acknowledgeDays()
                        && ((Number) row[1]).intValue() == MetricsService.IDLE_DAYS
                ? OptionalLong.of(((Number) row[2]).longValue())
                : OptionalLong.empty();
    }

    /**
     * Notes the claims {@code ids}, written without their notes ({@link MeasureMaintenance#deferred}), for the next
     * refresh of the spans: one note a claim, in one statement.
     */
    public void noteClaims(Collection<Long> ids) {
        for (String claims : MeasureRepository.idRuns("id", ids, MeasureRepository.RUNS_PER_STATEMENT)) {
            em.createNativeQuery("INSERT INTO state_rating_dirty (claim_id) SELECT id FROM claim WHERE " + claims)
                    .executeUpdate();
        }
    }

    /**
     * Writes anew the spans of the claims noted in {@code state_rating_dirty}, up to {@code claims} notes, and
     * removes those notes; whether notes are left. Locks the basis first, so that one refresh or rebuild runs at
     * a time and each reads the claims as committed. Without a basis the notes are dropped: the next rebuild
     * writes every claim. While a rebuild runs ({@link #beginRebuild}) they are kept, and none is taken: its
     * ranges may have been written before the claims were, and the refresh after it writes them anew.
     *
     * <p>Reads committed rows without locking them ({@link MeasureRepository#readCommitted}): under {@code
     * REPEATABLE READ} the spans' {@code INSERT ... SELECT} kept shared locks on the claims' events, and the notes'
     * {@code DELETE}, scanning its range of ids, waited for a note a claim was writing meanwhile, whose next event
     * waited for those locks: the two deadlocked, and the claim's request answered 500 (CI, AuthorizationMatrixIT).
     */
    boolean refreshSpans(int notes) {
        MeasureRepository.readCommitted(em);
        List<?> basis = em.createNativeQuery(
                        "SELECT IF(building, 'building', 'built') FROM state_rating_basis WHERE id = 1 FOR UPDATE")
                .getResultList();
        if (basis.isEmpty()) {
            em.createNativeQuery("DELETE FROM state_rating_dirty").executeUpdate();
            return false;
        }
        if ("building".equals(basis.get(0))) {
            return false;
        }
        // A plain read sees only notes already committed: never waits for a long write (an import) still open.
        List<?> rows = em.createNativeQuery("SELECT id, claim_id FROM state_rating_dirty ORDER BY id LIMIT ?1")
                .setParameter(1, notes)
                .getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        String ids = rows.stream()
                .map(row -> String.valueOf(((Number) ((Object[]) row)[0]).longValue()))
                .collect(Collectors.joining(", "));
        String claims = rows.stream()
                .map(row -> ((Number) ((Object[]) row)[1]).longValue())
                .distinct()
                .map(String::valueOf)
                .collect(Collectors.joining(", "));
        String spans = "claim_id IN (" + claims + ")";
        for (String sql : List.of(
                RatingSpans.count(spans, -1),
                "DELETE FROM state_rating_span WHERE " + spans,
                RatingSpans.insert("c.id IN (" + claims + ")"),
                RatingSpans.count(spans, 1),
                "UPDATE state_rating_basis SET generation = generation + 1 WHERE id = 1",
                "DELETE FROM state_rating_dirty WHERE id IN (" + ids + ")")) {
            MeasureRepository.longStatement(em, sql).executeUpdate();
        }
        return true;
    }

    /**
     * Begins a rebuild of every claim's spans, with the standards the application runs with: marks the basis as
     * {@code building}, so that no reader takes the spans until {@link #endRebuild}, and removes every count, which
     * {@link #rebuildRange} then adds anew from the spans it writes. The notes are kept ({@link #refreshSpans}).
     * The highest claim id any range must reach: the claims' or the spans' (a claim's spans never outlive it, but
     * the ranges then leave none behind either).
     */
    long beginRebuild(Instant at) {
        em.createNativeQuery("INSERT INTO state_rating_basis (id, acknowledge_days, idle_days, rebuilt_at, generation,"
                        + " building) VALUES (1, ?1, ?2, ?3, 0, TRUE) ON DUPLICATE KEY UPDATE acknowledge_days ="
                        + " VALUES(acknowledge_days), idle_days = VALUES(idle_days), rebuilt_at = VALUES(rebuilt_at),"
                        + " building = TRUE")
                .setParameter(1, standards.acknowledgeDays())
                .setParameter(2, MetricsService.IDLE_DAYS)
                .setParameter(3, java.sql.Timestamp.from(at))
                .executeUpdate();
        MeasureRepository.longStatement(em, "DELETE FROM state_rating_count").executeUpdate();
        return ((Number) em.createNativeQuery("SELECT GREATEST((SELECT COALESCE(MAX(id), 0) FROM claim),"
                                + " (SELECT COALESCE(MAX(claim_id), 0) FROM state_rating_span))")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Writes anew the spans of the claims whose ids are from {@code first} to {@code last}, with their counts, from
     * the claims as committed; the spans written. Locks the basis first, as a refresh does.
     */
    long rebuildRange(long first, long last) {
        MeasureRepository.readCommitted(em);
        em.createNativeQuery("SELECT id FROM state_rating_basis WHERE id = 1 FOR UPDATE")
                .getResultList();
        String range = " BETWEEN " + first + " AND " + last;
        MeasureRepository.longStatement(em, "DELETE FROM state_rating_span WHERE claim_id" + range)
                .executeUpdate();
        long spans = MeasureRepository.longStatement(em, RatingSpans.insert("c.id" + range))
                .executeUpdate();
        MeasureRepository.longStatement(em, RatingSpans.count("claim_id" + range, 1))
                .executeUpdate();
        return spans;
    }

    /**
     * Ends a rebuild: the spans can be read again, under a new generation, its time in microseconds or one more than
     * the last, never one a basis deleted and written anew had before.
     */
    void endRebuild(Instant at) {
        em.createNativeQuery("UPDATE state_rating_basis SET building = FALSE,"
                        + " generation = GREATEST(generation + 1, ?1) WHERE id = 1")
                .setParameter(1, at.getEpochSecond() * 1_000_000 + at.getNano() / 1_000)
                .executeUpdate();
    }

    /**
     * SQL of a derived table: per State, its claims on the Member State route whose next step is past its time
     * standard today ({@code overdue}), as {@link ClaimQueries#overdueByMemberState} counts them.
     */
    private String overdueSql(NativeSql sql, LocalDate asOf) {
        String steps = standards.stateOverdueIfWaitingSinceBefore(asOf).entrySet().stream()
                .map(entry -> "(c.next_step = " + sql.parameter(entry.getKey().name()) + " AND c.next_step_since < "
                        + sql.day(entry.getValue()) + ")")
                .collect(Collectors.joining(" OR "));
        if (steps.isEmpty()) {
            steps = "FALSE";
        }
        return "SELECT c.member_state, COUNT(*) AS overdue FROM claim c WHERE c.route = '" + Route.MEMBER_STATE.name()
                + "' AND (" + steps + ") GROUP BY c.member_state";
    }

    private static StateRating rating(Object[] row) {
        return new StateRating(
                (String) row[0],
                (String) row[1],
                ((Number) row[2]).longValue(),
                ((Number) row[3]).longValue(),
                ((Number) row[4]).longValue(),
                number(row[5]),
                number(row[6]),
                number(row[7]),
                RatingBand.values()[((Number) row[8]).intValue()],
                null);
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Double decimal(Object value) {
        return ((Number) value).doubleValue();
    }
}
