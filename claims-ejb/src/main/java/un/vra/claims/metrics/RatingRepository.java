package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The responsiveness of every State in one statement: the figures of {@link ResponsivenessRepository} joined per
 * State, each State's band worked out by the database, sorted and paged by it. Only one row per State leaves it.
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
        NativeSql sql = new NativeSql(asOf);
        sql.append("SELECT member_state, name, claims, pending, overdue, acknowledged, dna_result, idle, band FROM (")
                .append(rated(sql, asOf, thresholds, memberStates))
                .append(") rated");
        return sql.rows(em).stream()
                .map(RatingRepository::rating)
                .collect(Collectors.toMap(StateRating::memberState, r -> r));
    }

    /** How many States are in each band, and the band of {@code memberState} (null if none or it has no claim). */
    RatingDistribution distribution(LocalDate asOf, RatingThresholds thresholds, String memberState) {
        NativeSql sql = new NativeSql(asOf);
        String own = sql.parameter(memberState == null ? "" : memberState);
        sql.append("SELECT band, COUNT(*), MAX(CASE WHEN member_state = ")
                .append(own)
                .append(" THEN 1 ELSE 0 END) FROM (")
                .append(rated(sql, asOf, thresholds, null))
                .append(") rated GROUP BY band");
        Map<String, Long> states = new LinkedHashMap<>();
        for (RatingBand band : RatingBand.values()) {
            states.put(band.name(), 0L);
        }
        RatingBand ownBand = null;
        for (Object[] row : sql.rows(em)) {
            RatingBand band = RatingBand.values()[((Number) row[0]).intValue()];
            states.put(band.name(), ((Number) row[1]).longValue());
            if (((Number) row[2]).intValue() == 1) {
                ownBand = band;
            }
        }
        return new RatingDistribution(asOf, memberState, ownBand, states, thresholds);
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
                .append(ResponsivenessRepository.activitySql(sql, asOf, MetricsService.IDLE_DAYS))
                .append(") states");
        return ((Number) sql.single(em)).longValue();
    }

    /**
     * SQL of a derived table: a row per State that answers for claims on the as-of day (of those named, when
     * {@code only} is not null), with its name, claims, pending claims, overdue steps today, the three measures
     * ({@code acknowledged}, {@code dna_result}, {@code idle}) and the ordinal of its band ({@code band}).
     */
    private String rated(NativeSql sql, LocalDate asOf, RatingThresholds thresholds, Collection<String> only) {
        String activity = ResponsivenessRepository.activitySql(sql, asOf, MetricsService.IDLE_DAYS);
        String acknowledged = ResponsivenessRepository.acknowledgedInTimeSql(sql, standards.acknowledgeDays());
        String dnaResult = ResponsivenessRepository.medianDaysSql(sql, ClaimAction.RECORD_DNA_RESULT, null);
        String overdue = overdueSql(sql, asOf);
        String where = only == null
                ? ""
                : only.stream()
                        .map(sql::parameter)
                        .collect(Collectors.joining(", ", " WHERE a.member_state IN (", ")"));
        String measures = "SELECT a.member_state, ms.name, a.claims, a.pending, COALESCE(o.overdue, 0) AS overdue,"
                + " k.share AS acknowledged, d.days AS dna_result,"
                + " CASE WHEN a.waiting > 0 THEN a.idle / a.waiting END AS idle FROM (" + activity + ") a"
                + " LEFT JOIN (" + acknowledged + ") k ON k.member_state = a.member_state"
                + " LEFT JOIN (" + dnaResult + ") d ON d.member_state = a.member_state"
                + " LEFT JOIN (" + overdue + ") o ON o.member_state = a.member_state"
                + " LEFT JOIN member_state ms ON ms.code = a.member_state" + where;
        return "SELECT m.*, " + thresholds.bandSql(sql, "m.acknowledged", "m.dna_result", "m.idle") + " AS band FROM ("
                + measures + ") m";
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
