package un.vra.claims.moneyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Support arranged, due, paid and in arrears per State, mission and currency, computed by the database in one
 * aggregate query over the arrangements, their terms and payments: no account is loaded into Java.
 *
 * <p>The query follows {@link un.vra.claims.claim.SupportSchedule}'s rule of the periods to the cent, term by term
 * (the first terms and each revision): with {@code A} the period day the terms count from (the arrangement's for the
 * first terms, the first of the revision's month for a revision), {@code m} the months of a period, {@code F} the
 * terms' first day, {@code T} their last (the day before the next revision, or the arrangement's end: its last day
 * or its termination, whichever comes first) and {@code X} the earlier of {@code T} and the day asked for, the
 * periods that fell due are the first (which holds {@code F}) and one more for every {@code m} whole months from
 * {@code A} to {@code X}: {@code N = 1 + TIMESTAMPDIFF(MONTH, A, X) DIV m}, none when {@code F} comes after
 * {@code X}. Every period is due whole but the first, prorated from {@code F}, and the one that holds {@code T},
 * prorated to it (amount x days covered / days in the period, rounded half up to the cent). A lump sum falls due
 * whole on its day. Arrears are due less paid per arrangement, never below zero, then summed.
 */
@ApplicationScoped
public class SupportReportRepository {

    @PersistenceContext
    private EntityManager em;

    /** The filters of every query: ?1 the day, ?2 the State, ?3 the mission, ?4 the currency. */
    private static final String FILTERS = " AND (?2 IS NULL OR c.member_state = ?2) AND (?3 IS NULL OR c.mission = ?3)"
            + " AND (?4 IS NULL OR t.currency = ?4)";

    /**
     * Each term of each arrangement with its period day, months per period, first and last day. The window
     * functions make the database compute these once per term (a derived table with them is materialized), where
     * correlated subqueries would run again at every mention in the arithmetic below.
     */
    private static final String SEGMENTS = "SELECT a.id AS arrangement_id, a.claim_id, a.number, a.child_position,"
            + " c.member_state, c.mission, t.currency, t.amount, t.effective_from AS f,"
            + " CASE t.frequency WHEN 'MONTHLY' THEN 1 WHEN 'QUARTERLY' THEN 3 WHEN 'YEARLY' THEN 12 ELSE 0 END AS m,"
            + " IF(ROW_NUMBER() OVER terms = 1, a.periods_from,"
            + "    t.effective_from - INTERVAL (DAY(t.effective_from) - 1) DAY) AS anchor,"
            + " LEAST(COALESCE(a.terminated_on, a.last_day),"
            + "       COALESCE(LEAD(t.effective_from) OVER terms - INTERVAL 1 DAY, DATE '9999-12-31')) AS t_end"
            + " FROM claim_support_arrangement a JOIN claim c ON c.id = a.claim_id"
            + " JOIN claim_support_terms t ON t.arrangement_id = a.id WHERE 1 = 1" + FILTERS
            + " WINDOW terms AS (PARTITION BY t.arrangement_id ORDER BY t.effective_from)";

    /** The segments with the number of periods that fell due by the day. */
    private static final String COUNTED = "SELECT s.*, LEAST(s.t_end, ?1) AS x,"
            + " IF(s.m = 0 OR s.f > LEAST(s.t_end, ?1), 0, 1 + TIMESTAMPDIFF(MONTH, s.anchor, LEAST(s.t_end, ?1)) DIV s.m)"
            + " AS n FROM (" + SEGMENTS + ") s";

    /** What each segment made due by the day. */
    private static final String DUE_PER_SEGMENT = "SELECT k.arrangement_id, k.claim_id, k.number, k.child_position,"
            + " k.member_state, k.mission, k.currency, k.f, CASE"
            + " WHEN k.m = 0 THEN IF(k.f <= ?1, k.amount, 0)"
            + " WHEN k.n = 0 THEN 0"
            + " ELSE "
            + prorated(
                    "k.amount",
                    "k.anchor",
                    end("k.anchor", "k.m"),
                    "k.f",
                    "LEAST(" + end("k.anchor", "k.m") + ", k.t_end)")
            + "  + IF(k.n >= 2, (k.n - 2) * k.amount + "
            + prorated(
                    "k.amount",
                    start("k.anchor", "(k.n - 1) * k.m"),
                    end("k.anchor", "k.n * k.m"),
                    start("k.anchor", "(k.n - 1) * k.m"),
                    "LEAST(" + end("k.anchor", "k.n * k.m") + ", k.t_end)")
            + ", 0) END AS due FROM (" + COUNTED + ") k";

    /** Each arrangement started by the day, with what fell due, what was paid by the day, and its arrears. */
    private static final String ARRANGEMENTS = "SELECT d.arrangement_id, d.claim_id, d.child_position,"
            + " d.member_state, d.mission, d.currency, SUM(d.due) AS due, COALESCE(MIN(p.paid), 0) AS paid"
            + " FROM (" + DUE_PER_SEGMENT + ") d"
            + " LEFT JOIN (SELECT claim_id, arrangement_number, SUM(amount) AS paid FROM claim_support_payment"
            + "            WHERE paid_on <= ?1 GROUP BY claim_id, arrangement_number) p"
            + "   ON p.claim_id = d.claim_id AND p.arrangement_number = d.number"
            + " GROUP BY d.arrangement_id, d.claim_id, d.number, d.child_position, d.member_state, d.mission, d.currency"
            + " HAVING MIN(d.f) <= ?1";

    /**
     * The lines, in one pass over the arrangements joined to the children they cover (each child of the claim for an
     * arrangement for all of them; a row without a child for a claim that names none): the money counts once per
     * arrangement, on its row for its first child covered; a child counts once however many arrangements cover it,
     * and is paid as arranged unless one of them is in arrears.
     */
    private static final String REPORT = "SELECT g.member_state, g.mission, g.currency, g.arrangements, g.covered,"
            + " g.covered - g.in_arrears, COALESCE(h.children, 0),"
            + " IF(COALESCE(h.children, 0) = 0, NULL, ROUND(100 * g.covered / h.children, 1)),"
            + " g.due, g.paid, g.arrears"
            + " FROM (SELECT arr.member_state, arr.mission, arr.currency,"
            + "       COUNT(DISTINCT arr.arrangement_id) AS arrangements,"
            + "       COUNT(DISTINCT ch.claim_id, ch.position) AS covered,"
            + "       COUNT(DISTINCT IF(arr.due > arr.paid, ch.claim_id, NULL), ch.position) AS in_arrears,"
            + "       SUM(IF(ch.position IS NULL OR ch.position = COALESCE(arr.child_position,"
            + "              (SELECT MIN(f.position) FROM claim_child f WHERE f.claim_id = arr.claim_id)), 1, 0)"
            + "           * arr.due) AS due,"
            + "       SUM(IF(ch.position IS NULL OR ch.position = COALESCE(arr.child_position,"
            + "              (SELECT MIN(f.position) FROM claim_child f WHERE f.claim_id = arr.claim_id)), 1, 0)"
            + "           * arr.paid) AS paid,"
            + "       SUM(IF(ch.position IS NULL OR ch.position = COALESCE(arr.child_position,"
            + "              (SELECT MIN(f.position) FROM claim_child f WHERE f.claim_id = arr.claim_id)), 1, 0)"
            + "           * GREATEST(arr.due - arr.paid, 0)) AS arrears"
            + "       FROM (" + ARRANGEMENTS + ") arr"
            + "       LEFT JOIN claim_child ch ON ch.claim_id = arr.claim_id"
            + "        AND (arr.child_position IS NULL OR ch.position = arr.child_position)"
            + "       GROUP BY arr.member_state, arr.mission, arr.currency) g"
            + " LEFT JOIN (SELECT c.member_state, c.mission, COUNT(*) AS children"
            + "       FROM claim_child ch JOIN claim c ON c.id = ch.claim_id"
            + "       WHERE (?2 IS NULL OR c.member_state = ?2) AND (?3 IS NULL OR c.mission = ?3)"
            + "       GROUP BY c.member_state, c.mission) h"
            + "   ON h.member_state <=> g.member_state AND h.mission = g.mission"
            + " ORDER BY g.member_state, g.mission, g.currency";

    /** How many lines the report has: the States, missions and currencies of the arrangements started by the day. */
    private static final String COUNT = "SELECT COUNT(*) FROM (SELECT DISTINCT c.member_state, c.mission, t.currency"
            + " FROM claim_support_arrangement a JOIN claim c ON c.id = a.claim_id"
            + " JOIN claim_support_terms t ON t.arrangement_id = a.id WHERE t.effective_from <= ?1" + FILTERS
            + ") report_lines";

    /** The report as it stands on {@code asOf}, a page of lines at a time, by State, mission and currency. */
    PageResult<SupportTotal> totals(MoneyReportFilter filter, LocalDate asOf, PageRequest page) {
        return page.read(
                parameters(em.createNativeQuery(COUNT), filter, asOf),
                parameters(em.createNativeQuery(REPORT), filter, asOf),
                row -> {
                    Object[] cells = (Object[]) row;
                    return new SupportTotal(
                            (String) cells[0],
                            (String) cells[1],
                            (String) cells[2],
                            ((Number) cells[3]).longValue(),
                            ((Number) cells[4]).longValue(),
                            ((Number) cells[5]).longValue(),
                            ((Number) cells[6]).longValue(),
                            cells[7] == null ? null : new BigDecimal(cells[7].toString()),
                            money(cells[8]),
                            money(cells[9]),
                            money(cells[10]));
                });
    }

    private static BigDecimal money(Object cell) {
        return new BigDecimal(cell.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }

    private static Query parameters(Query query, MoneyReportFilter filter, LocalDate asOf) {
        return query.setParameter(1, Date.valueOf(asOf))
                .setParameter(2, filter.memberState())
                .setParameter(3, filter.mission())
                .setParameter(4, filter.currency());
    }

    /** The day a period starts {@code months} after the period day; a day a short month lacks moves to the 1st. */
    private static String start(String anchor, String months) {
        String day = "(" + anchor + " + INTERVAL " + months + " MONTH)";
        return "(" + day + " + INTERVAL (DAY(" + day + ") < DAY(" + anchor + ")) DAY)";
    }

    /** The last day of the period that ends {@code months} after the period day. */
    private static String end(String anchor, String months) {
        return "(" + start(anchor, months) + " - INTERVAL 1 DAY)";
    }

    /** The amount for the days from..to of the period start..end: whole when it covers them all. */
    private static String prorated(String amount, String start, String end, String from, String to) {
        return "IF(DATEDIFF(" + to + ", " + from + ") = DATEDIFF(" + end + ", " + start + "), " + amount + ", ROUND("
                + amount + " * (DATEDIFF(" + to + ", " + from + ") + 1) / (DATEDIFF(" + end + ", " + start
                + ") + 1), 2))";
    }
}
