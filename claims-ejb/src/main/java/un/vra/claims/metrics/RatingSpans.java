package un.vra.claims.metrics;

import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.Route;

/**
 * The spans of days the States' ratings are read from ({@code state_rating_span}, V93), as SQL: written from the
 * claims, periods and events with the same measures as {@link ResponsivenessRepository} computes on each day, so
 * that counting the spans open on a day gives the same figures; and read back per State for a day.
 */
final class RatingSpans {

    private RatingSpans() {}

    /**
     * SQL that writes the spans of the claims {@code c} that {@code claims} (a condition over {@code c}) selects,
     * with the standards of {@code state_rating_basis} (none when it is empty).
     */
    static String insert(String claims) {
        String route = "'" + Route.MEMBER_STATE.name() + "'";
        String waiting = "p.route = " + route + " AND " + MeasureSql.pending("p") + " AND " + StatePart.inTurn("p");
        return "INSERT INTO state_rating_span (claim_id, kind, member_state, valid_from, valid_to, days)"
                + " WITH b AS (SELECT acknowledge_days, idle_days FROM state_rating_basis WHERE id = 1),"
                // The claims a State answers for from their notification, up to the claimant's withdrawal.
                + " notified AS (SELECT c.id, c.member_state, c.notified_on, CASE WHEN c.status = '"
                + ClaimStatus.CLOSED.name() + "' AND c.closure_reason <=> 'WITHDRAWN'"
                + " THEN COALESCE(c.closed_on, DATE '0001-01-01') END AS withdrawn_on,"
                + firstRecorded(ClaimAction.ACKNOWLEDGE, "acknowledged_on") + ", "
                + firstRecorded(ClaimAction.RECORD_DNA_RESULT, "dna_result_on")
                + " FROM claim c WHERE c.route = " + route + " AND c.notified_on IS NOT NULL AND (" + claims + ")),"
                + " stepped AS (SELECT s.*, DATEDIFF(s.acknowledged_on, s.notified_on) - "
                + ResponsivenessRepository.daysOnHold("s.acknowledged_on") + " AS acknowledged_days,"
                + " DATEDIFF(s.dna_result_on, s.notified_on) - "
                + ResponsivenessRepository.daysOnHold("s.dna_result_on")
                + " AS dna_result_days FROM notified s),"
                // The holds after the notification, each with the days the State had before it began: a hold that
                // begins while the acknowledgement is not yet late puts the day it becomes late off by its length.
                + " holds AS (SELECT h.claim_id, DATEDIFF(h.valid_to, GREATEST(h.valid_from, n.notified_on)) AS length,"
                + " DATEDIFF(GREATEST(h.valid_from, n.notified_on), n.notified_on) - COALESCE(SUM(DATEDIFF(h.valid_to,"
                + " GREATEST(h.valid_from, n.notified_on))) OVER (PARTITION BY h.claim_id ORDER BY h.valid_from"
                + " ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS before_hold"
                + " FROM claim_state_period h JOIN notified n ON n.id = h.claim_id WHERE h.status = '"
                + ClaimStatus.ON_HOLD.name() + "' AND (h.valid_to IS NULL OR h.valid_to > n.notified_on)),"
                + " late AS (SELECT holds.claim_id, MAX(holds.length IS NULL) AS open_hold, SUM(holds.length) AS held"
                + " FROM holds CROSS JOIN b WHERE holds.before_hold <= b.acknowledge_days GROUP BY holds.claim_id),"
                + " dues AS (SELECT s.id, s.member_state, s.acknowledged_on, CASE WHEN l.open_hold = 1 THEN NULL"
                + " ELSE DATE_ADD(s.notified_on, INTERVAL b.acknowledge_days + 1 + COALESCE(l.held, 0) DAY) END"
                + " AS late_on FROM stepped s CROSS JOIN b LEFT JOIN late l ON l.claim_id = s.id),"
                + " waiting AS (SELECT p.id, p.claim_id, p.member_state, p.valid_from, p.valid_to"
                + " FROM claim_state_period p JOIN notified n ON n.id = p.claim_id WHERE " + waiting + "),"
                // A waiting period is idle from idle_days after its start and after each action of the State.
                + " points AS (SELECT w.id, w.claim_id, w.member_state, w.valid_to, w.valid_from AS point FROM waiting w"
                + " UNION SELECT w.id, w.claim_id, w.member_state, w.valid_to, DATE(e.recorded_at) FROM waiting w"
                + " JOIN claim_event e ON e.claim_id = w.claim_id AND " + StatePart.action("e")
                + " WHERE DATE(e.recorded_at) > w.valid_from AND (w.valid_to IS NULL OR DATE(e.recorded_at) < w.valid_to)),"
                + " spans AS (SELECT p.claim_id, 'C' AS kind, p.member_state, p.valid_from AS span_from,"
                + " p.valid_to AS span_to, NULL AS days FROM claim_state_period p JOIN notified n ON n.id = p.claim_id"
                + " WHERE p.route = " + route
                + " UNION ALL SELECT p.claim_id, 'P', p.member_state, p.valid_from, p.valid_to, NULL"
                + " FROM claim_state_period p JOIN notified n ON n.id = p.claim_id WHERE p.route = " + route + " AND "
                + MeasureSql.pending("p")
                + " UNION ALL SELECT w.claim_id, 'W', w.member_state, w.valid_from, w.valid_to, NULL FROM waiting w"
                + " UNION ALL SELECT x.claim_id, 'I', x.member_state, DATE_ADD(x.point, INTERVAL b.idle_days DAY),"
                + " COALESCE(LEAD(x.point) OVER (PARTITION BY x.id ORDER BY x.point), x.valid_to), NULL"
                + " FROM points x CROSS JOIN b"
                + " UNION ALL SELECT d.id, 'K', d.member_state, CASE WHEN d.acknowledged_on IS NULL THEN d.late_on"
                + " WHEN d.late_on IS NULL THEN d.acknowledged_on ELSE LEAST(d.acknowledged_on, d.late_on) END, NULL,"
                + " NULL FROM dues d"
                + " UNION ALL SELECT s.id, 'A', s.member_state, s.acknowledged_on, NULL, NULL FROM stepped s CROSS JOIN b"
                + " WHERE s.acknowledged_on IS NOT NULL AND s.acknowledged_days <= b.acknowledge_days"
                + " UNION ALL SELECT s.id, 'N', s.member_state, s.acknowledged_on, NULL, s.acknowledged_days"
                + " FROM stepped s WHERE s.acknowledged_on IS NOT NULL"
                + " UNION ALL SELECT s.id, 'D', s.member_state, s.dna_result_on, NULL, s.dna_result_days FROM stepped s"
                + " WHERE s.dna_result_on IS NOT NULL)"
                // Each span cut to the days the State answers for the claim.
                + " SELECT x.claim_id, x.kind, x.member_state, x.valid_from, x.valid_to, x.days FROM ("
                + " SELECT spans.claim_id, spans.kind, spans.member_state, GREATEST(spans.span_from, n.notified_on)"
                + " AS valid_from, CASE WHEN n.withdrawn_on IS NULL THEN spans.span_to WHEN spans.span_to IS NULL"
                + " THEN n.withdrawn_on ELSE LEAST(spans.span_to, n.withdrawn_on) END AS valid_to, spans.days"
                + " FROM spans JOIN notified n ON n.id = spans.claim_id CROSS JOIN b"
                + " WHERE spans.span_from IS NOT NULL) x WHERE x.valid_to IS NULL OR x.valid_to > x.valid_from";
    }

    /** SQL of a column: the day {@code action} was first recorded on the claim {@code c}, null if never. */
    private static String firstRecorded(ClaimAction action, String column) {
        return "(SELECT DATE(MIN(e.recorded_at)) FROM claim_event e WHERE e.claim_id = c.id AND e.action = '"
                + action.name() + "') AS " + column;
    }

    /**
     * SQL that adds to {@code state_rating_count} the changes the spans (D and N aside: their days are read) of the claims {@code claims} (a
     * condition over {@code claim_id}) give, times {@code sign} (1 or -1): one on its first day, minus one on its
     * end, in the day's row, its month's and its year's. Rows come in the table's key order.
     */
    static String count(String claims, int sign) {
        String spans = "FROM state_rating_span WHERE kind NOT IN ('D', 'N') AND (" + claims + ")";
        return "INSERT INTO state_rating_count (period_kind, period_start, kind, member_state, claims)"
                + " SELECT k.period_kind, CASE k.period_kind WHEN 'D' THEN x.day"
                + " WHEN 'M' THEN DATE_SUB(x.day, INTERVAL DAYOFMONTH(x.day) - 1 DAY) ELSE MAKEDATE(YEAR(x.day), 1) END"
                + " AS period_start, x.kind, x.member_state, SUM(x.delta) * " + sign + " AS claims FROM ("
                + "SELECT kind, COALESCE(member_state, '') AS member_state, valid_from AS day, 1 AS delta " + spans
                + " UNION ALL SELECT kind, COALESCE(member_state, ''), valid_to, -1 " + spans
                + " AND valid_to IS NOT NULL) x"
                + " CROSS JOIN (SELECT 'D' AS period_kind UNION ALL SELECT 'M' UNION ALL SELECT 'Y') k"
                + " GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4"
                + " ON DUPLICATE KEY UPDATE claims = state_rating_count.claims + VALUES(claims)";
    }

    /**
     * SQL of a derived table: per State whose claims have a state period on the Member State route as of the
     * as-of day ({@code ?1}), its {@code claims}, {@code pending}, {@code waiting} and {@code idle} claims, and the
     * share of its acknowledgements in time ({@code acknowledged}), as {@link ResponsivenessRepository} counts them:
     * the counts of the spans, from the year rows before the day's year, the month rows of its year before its
     * month ({@code yearStart} and {@code monthStart}, parameters) and the day rows of its month up to it.
     */
    static String activity(String yearStart, String monthStart) {
        return "SELECT NULLIF(member_state, '') AS member_state, " + sum("C") + " AS claims, " + sum("P")
                + " AS pending, " + sum("W") + " AS waiting, " + sum("I") + " AS idle,"
                + " CASE WHEN " + sum("K") + " > 0 THEN " + sum("A") + " / " + sum("K") + " END AS acknowledged"
                + " FROM state_rating_count WHERE (period_kind = 'Y' AND period_start < " + yearStart + ")"
                + " OR (period_kind = 'M' AND period_start >= " + yearStart + " AND period_start < " + monthStart + ")"
                + " OR (period_kind = 'D' AND period_start >= " + monthStart + " AND period_start <= ?1)"
                + " GROUP BY member_state HAVING " + sum("C") + " > 0";
    }

    private static String sum(String kind) {
        return "SUM(CASE WHEN kind = '" + kind + "' THEN claims ELSE 0 END)";
    }

    /**
     * SQL of a derived table: per State ({@code member_state}), the median days to {@code step}'s first recording
     * ({@code days}) of its spans open on the as-of day ({@code ?1}), of {@code memberState}'s alone when not null
     * (an SQL expression): the States' days counted per value, and the mean of the values at the two middle
     * positions, as {@link ResponsivenessRepository#medianDaysSql} takes it.
     */
    static String medianDays(ClaimAction step, String memberState) {
        String middle = "upto - n < %1$s AND %1$s <= upto";
        return "SELECT member_state, AVG(days) AS days FROM (SELECT member_state, days, n,"
                + " SUM(n) OVER (PARTITION BY member_state ORDER BY days) AS upto,"
                + " SUM(n) OVER (PARTITION BY member_state) AS how_many FROM (SELECT member_state, days, COUNT(*) AS n"
                + " FROM state_rating_span WHERE kind = '" + daysKind(step) + "' AND " + OPEN
                + (memberState == null ? "" : " AND member_state = " + memberState)
                + " GROUP BY member_state, days) counted) ranked"
                + " WHERE (" + middle.formatted("FLOOR((how_many + 1) / 2)") + ") OR ("
                + middle.formatted("CEIL((how_many + 1) / 2)") + ") GROUP BY member_state";
    }

    /** The kind of the spans that keep the days to {@code step}: N for the acknowledgement, D for the DNA result. */
    private static String daysKind(ClaimAction step) {
        return switch (step) {
            case ACKNOWLEDGE -> "N";
            case RECORD_DNA_RESULT -> "D";
            default -> throw new IllegalArgumentException("no spans keep the days to " + step);
        };
    }

    /** The span counts as of the as-of day ({@code ?1}). */
    private static final String OPEN = "valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1)";
}
