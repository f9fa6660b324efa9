package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import un.vra.claims.claim.ClaimAction;

/**
 * A State's responsiveness, computed by the database over the claims it answers for: those on the Member State
 * route notified by the as-of day, less those the claimant had withdrawn by then. Each of the State's steps
 * counts on the day it was recorded, never on the day it is said to have happened, so a step done offline
 * and recorded late is late; days on hold between the notification and the step are not the State's. Only
 * grouped figures leave the database.
 */
@ApplicationScoped
public class ResponsivenessRepository {

    /**
     * Per State on the as-of day: its claims, those pending in its turn, of those the idle ones, and the share of its
     * acknowledgements in time (null when none counts yet).
     */
    record StateActivity(long claims, long waiting, long idle, Double acknowledgedInTime) {}

    /** The claims {@code c} a State answers for on the as-of day (parameter 1). */
    private static final String ANSWERED_FOR = "c.route = 'MEMBER_STATE' AND c.notified_on <= ?1"
            + " AND NOT (c.status = 'CLOSED' AND c.closure_reason <=> 'WITHDRAWN' AND c.closed_on <= ?1)";

    @PersistenceContext
    private EntityManager em;

    /**
     * Per State: its claims, its pending claims in its turn (DOMAIN.md, "whose turn"), those of them with no
     * action of the State recorded in the {@code idleDays} up to the as-of day and in the State's turn since
     * before then, and its share of acknowledgements within {@code acknowledgeDays} ({@link #acknowledgedInTimeSql}).
     * A claim comes into the State's turn on the first day of its period (notification, resumption after a hold,
     * reopening), so a claim just handed over is not idle; a VRA comment is not the State's action. With
     * {@code fromSpans}, read from the ratings' maintained spans (written with the same standards), else computed
     * from the periods and events.
     */
    Map<String, StateActivity> activity(LocalDate asOf, int idleDays, int acknowledgeDays, boolean fromSpans) {
        NativeSql sql = new NativeSql(asOf);
        if (fromSpans) {
            sql.append("SELECT member_state, claims, waiting, idle, acknowledged FROM (")
                    .append(RatingRepository.spanActivity(sql, asOf))
                    .append(") a");
        } else {
            sql.append("SELECT a.member_state, a.claims, a.waiting, a.idle, k.share FROM (")
                    .append(activitySql(sql, asOf, idleDays))
                    .append(") a LEFT JOIN (")
                    .append(acknowledgedInTimeSql(sql, acknowledgeDays))
                    .append(") k ON k.member_state = a.member_state");
        }
        Map<String, StateActivity> activity = new HashMap<>();
        for (Object[] row : sql.rows(em)) {
            activity.put(
                    (String) row[0],
                    new StateActivity(
                            ((Number) row[1]).longValue(),
                            ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue(),
                            row[4] == null ? null : ((Number) row[4]).doubleValue()));
        }
        return activity;
    }

    /**
     * SQL of a derived table: per State ({@code member_state}), its claims ({@code claims}), those pending in its
     * turn ({@code waiting}), of those the idle ones ({@code idle}, see {@link #activity}), and its pending claims
     * ({@code pending}), as they stood on the as-of day.
     */
    static String activitySql(NativeSql sql, LocalDate asOf, int idleDays) {
        String since = sql.day(asOf.minusDays(idleDays));
        String recordedAfter = sql.day(asOf.minusDays(idleDays - 1L));
        String recordedBefore = sql.dayAfterAsOf();
        String waiting = MeasureSql.pending("p") + " AND " + StatePart.inTurn("p");
        return "SELECT p.member_state, COUNT(*) AS claims, SUM(CASE WHEN " + waiting + " THEN 1 ELSE 0 END) AS waiting,"
                + " SUM(CASE WHEN " + waiting + " AND p.valid_from <= " + since
                + " AND NOT EXISTS (SELECT 1 FROM claim_event e WHERE e.claim_id = c.id AND e.recorded_at >= "
                + recordedAfter + " AND e.recorded_at < " + recordedBefore + " AND " + StatePart.action("e")
                + ") THEN 1 ELSE 0 END) AS idle, SUM(CASE WHEN " + MeasureSql.pending("p")
                + " THEN 1 ELSE 0 END) AS pending"
                + " FROM claim_state_period p JOIN claim c ON c.id = p.claim_id WHERE " + MetricsRepository.AS_OF
                + " AND p.route = 'MEMBER_STATE' AND " + ANSWERED_FOR + " GROUP BY p.member_state";
    }

    /**
     * SQL of a derived table: per State ({@code member_state}), the share of its notifications acknowledged within
     * {@code standardDays} ({@code share}), over those acknowledged by the as-of day and those whose standard had run
     * out unanswered by then (one still within its standard is not yet late). Days count from the notification to
     * the day the acknowledgement was recorded, or to the as-of day, less the days on hold between.
     */
    static String acknowledgedInTimeSql(NativeSql sql, int standardDays) {
        String days = sql.parameter(standardDays);
        return "SELECT member_state, SUM(CASE WHEN step_day IS NOT NULL AND days <= " + days
                + " THEN 1 ELSE 0 END) / COUNT(*) AS share FROM (" + stepDays(sql, ClaimAction.ACKNOWLEDGE, null)
                + ") steps WHERE step_day IS NOT NULL OR days > " + days + " GROUP BY member_state";
    }

    /**
     * The median, per State (or of {@code memberState} alone when not null), of the days from notification to the
     * first recording of {@code step} (the acknowledgement or the DNA result), less the days on hold between, over
     * the claims whose step was recorded by the as-of day. Window functions keep it in the database (MySQL 8,
     * MariaDB 10.2+). With {@code fromSpans}, read from the ratings' maintained spans of the step's days.
     */
    Map<String, Double> medianDays(ClaimAction step, LocalDate asOf, String memberState, boolean fromSpans) {
        NativeSql sql = new NativeSql(asOf);
        sql.append(
                fromSpans
                        ? RatingSpans.medianDays(step, memberState == null ? null : sql.parameter(memberState))
                        : medianDaysSql(sql, step, memberState));
        return figures(sql.rows(em));
    }

    /** SQL of a derived table: per State ({@code member_state}), {@link #medianDays} ({@code days}). */
    static String medianDaysSql(NativeSql sql, ClaimAction step, String memberState) {
        return "SELECT member_state, AVG(days) AS days FROM (SELECT member_state, days,"
                + " ROW_NUMBER() OVER (PARTITION BY member_state ORDER BY days) AS position,"
                + " COUNT(*) OVER (PARTITION BY member_state) AS how_many FROM (" + stepDays(sql, step, memberState)
                + ") steps WHERE step_day IS NOT NULL) ranked"
                + " WHERE position IN (FLOOR((how_many + 1) / 2), CEIL((how_many + 1) / 2)) GROUP BY member_state";
    }

    /**
     * SQL of a derived table: for each claim the State answers for, its State, the day the first {@code step}
     * was recorded up to the as-of day ({@code step_day}, null when none), and the days from its notification
     * to that day, or to the as-of day when none, less the days on hold between. On the Member State route a
     * State's step can only follow the notification.
     */
    private static String stepDays(NativeSql sql, ClaimAction step, String memberState) {
        String action = sql.parameter(step.name());
        String recordedBefore = sql.dayAfterAsOf();
        String state = memberState == null ? "" : " AND c.member_state = " + sql.parameter(memberState);
        String end = "COALESCE(s.step_day, ?1)";
        return "SELECT s.member_state, s.step_day, DATEDIFF(" + end + ", s.notified_on) - " + daysOnHold(end)
                + " AS days FROM (SELECT c.id, c.member_state, c.notified_on,"
                + " (SELECT DATE(MIN(e.recorded_at)) FROM claim_event e WHERE e.claim_id = c.id AND e.action = "
                + action + " AND e.recorded_at < " + recordedBefore + ") AS step_day"
                + " FROM claim c WHERE " + ANSWERED_FOR + state + ") s";
    }

    /** SQL: the days claim {@code s} spent on hold from its notification up to (not including) {@code end}. */
    static String daysOnHold(String end) {
        return "(SELECT COALESCE(SUM(DATEDIFF(LEAST(COALESCE(h.valid_to, " + end + "), " + end + "),"
                + " GREATEST(h.valid_from, s.notified_on))), 0) FROM claim_state_period h"
                + " WHERE h.claim_id = s.id AND h.status = 'ON_HOLD' AND h.valid_from < " + end
                + " AND (h.valid_to IS NULL OR h.valid_to > s.notified_on))";
    }

    private static Map<String, Double> figures(List<Object[]> rows) {
        Map<String, Double> figures = new HashMap<>();
        for (Object[] row : rows) {
            figures.put((String) row[0], ((Number) row[1]).doubleValue());
        }
        return figures;
    }
}
