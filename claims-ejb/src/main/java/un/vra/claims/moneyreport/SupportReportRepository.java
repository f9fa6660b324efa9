package un.vra.claims.moneyreport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 *
 * <p>The database keeps, per term, what does not depend on the day asked for ({@code support_term_figures}, V95:
 * {@code m}, {@code A}, {@code T}, the periods due by {@code T}, the first period's due and the whole term's due,
 * written by triggers whenever an arrangement or its terms change), and per arrangement the sum of its payments
 * ({@code support_paid}); so a query here only counts the periods fallen due by the day, one cheap expression a term.
 */
@ApplicationScoped
public class SupportReportRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * The filters asked for, each a condition only when given so that the indexes serve it (an {@code ?2 IS NULL OR}
     * condition keeps the database from using them): ?2 the State, ?3 the mission, ?4 the
     * currency; ?1 is the day.
     */
    private static String filters(MoneyReportFilter filter) {
        return filters(filter, "c", "t");
    }

    /** The filters on the State and mission (columns of {@code claims}) and the currency (of {@code terms}). */
    private static String filters(MoneyReportFilter filter, String claims, String terms) {
        return claimFilters(filter, claims) + (filter.currency() == null ? "" : " AND " + terms + ".currency = ?4");
    }

    /** The filters on the claims alone: the State and the mission. */
    private static String claimFilters(MoneyReportFilter filter, String claims) {
        return (filter.memberState() == null ? "" : " AND " + claims + ".member_state = ?2")
                + (filter.mission() == null ? "" : " AND " + claims + ".mission = ?3");
    }

    /**
     * What each term made due by the day ?1, from its figures (V95: kept by the database whenever an arrangement or
     * its terms change): nothing before its first day; its whole due from its last day on; in between, with {@code
     * n} the periods fallen due, the first period's due and every later period whole but the one that holds the
     * term's last day (then its whole due). A lump sum falls due whole on its day.
     */
    private static final String PERIODS = "(1 + TIMESTAMPDIFF(MONTH, t.anchor, ?1) DIV t.months)";

    private static final String DUE = "CASE WHEN t.months = 0 THEN IF(t.effective_from <= ?1, t.amount, 0)"
            + " WHEN t.effective_from > LEAST(t.ends_on, ?1) THEN 0"
            + " WHEN ?1 >= t.ends_on THEN t.total_due"
            + " WHEN " + PERIODS + " = 0 THEN 0"
            + " WHEN " + PERIODS + " >= t.periods THEN t.total_due"
            + " WHEN " + PERIODS + " < 2 THEN t.first_due"
            + " ELSE t.first_due + (" + PERIODS + " - 1) * t.amount END";

    /**
     * Each arrangement started by the day, per currency of its terms, with what fell due and what was paid by the
     * day: the payments' sum kept per arrangement, less those paid after the day (none, as of today). The claims
     * are read from their index on State and mission alone (it holds the id), never from their rows.
     */
    private static String arrangements(String filters) {
        return "SELECT a.arrangement_id, a.claim_id, a.child_position, a.member_state, a.mission, a.currency, a.due,"
                + " COALESCE(sp.paid, 0) - COALESCE(later.paid, 0) AS paid"
                + " FROM (SELECT t.arrangement_id, t.claim_id, t.number, t.child_position, c.member_state, c.mission,"
                + "       t.currency, SUM(" + DUE + ") AS due"
                + "       FROM claim c FORCE INDEX (ix_claim_state_mission)"
                + "       JOIN support_term_figures t ON t.claim_id = c.id WHERE 1 = 1" + filters
                + "       GROUP BY t.arrangement_id, t.claim_id, t.number, t.child_position, c.member_state, c.mission,"
                + "       t.currency HAVING MIN(t.effective_from) <= ?1) a"
                + " LEFT JOIN support_paid sp ON sp.claim_id = a.claim_id AND sp.arrangement_number = a.number"
                + " LEFT JOIN (SELECT claim_id, arrangement_number, SUM(amount) AS paid FROM claim_support_payment"
                + "       WHERE paid_on > ?1 GROUP BY claim_id, arrangement_number) later"
                + "   ON later.claim_id = a.claim_id AND later.arrangement_number = a.number";
    }

    /**
     * The lines, in one pass over the arrangements joined to the children they cover (each child of the claim for an
     * arrangement for all of them; a row without a child for a claim that names none): the money counts once per
     * arrangement, on its row for its first child covered (the first row of the arrangement by position); a child
     * counts once however many arrangements cover it, and is paid as arranged unless one of them is in arrears.
     */
    private static String report(MoneyReportFilter filter, PageKeys page) {
        String filters = filters(filter) + page.claims() + page.currencies();
        return "SELECT g.member_state, g.mission, g.currency, g.arrangements, g.covered,"
                + " g.covered - g.in_arrears, COALESCE(h.children, 0),"
                + " IF(COALESCE(h.children, 0) = 0, NULL, ROUND(100 * g.covered / h.children, 1)),"
                + " g.due, g.paid, g.arrears"
                + " FROM (SELECT j.member_state, j.mission, j.currency,"
                + "       COUNT(DISTINCT j.arrangement_id) AS arrangements,"
                + "       COUNT(DISTINCT j.claim_id, j.position) AS covered,"
                + "       COUNT(DISTINCT IF(j.due > j.paid, j.claim_id, NULL), j.position) AS in_arrears,"
                + "       SUM(IF(j.first_row, j.due, 0)) AS due,"
                + "       SUM(IF(j.first_row, j.paid, 0)) AS paid,"
                + "       SUM(IF(j.first_row, GREATEST(j.due - j.paid, 0), 0)) AS arrears"
                + "       FROM (SELECT arr.*, ch.position,"
                + "             ROW_NUMBER() OVER (PARTITION BY arr.arrangement_id, arr.currency ORDER BY ch.position) = 1"
                + "             AS first_row"
                + "             FROM (" + arrangements(filters) + ") arr"
                + "             LEFT JOIN claim_child ch ON ch.claim_id = arr.claim_id"
                + "              AND (arr.child_position IS NULL OR ch.position = arr.child_position)) j"
                + "       GROUP BY j.member_state, j.mission, j.currency) g"
                + " LEFT JOIN (SELECT c.member_state, c.mission, COUNT(*) AS children"
                + "       FROM claim c FORCE INDEX (ix_claim_state_mission) JOIN claim_child ch ON ch.claim_id = c.id"
                + "       WHERE 1 = 1" + claimFilters(filter, "c") + page.claims()
                + "       GROUP BY c.member_state, c.mission) h"
                + "   ON h.member_state <=> g.member_state AND h.mission = g.mission"
                + " ORDER BY g.member_state, g.mission, g.currency";
    }

    /**
     * The report's lines, by their keys only: the States, missions and currencies of the arrangements started by the
     * day, from the lines kept as the terms change ({@code support_line}, V111; a State of '' is none).
     */
    private static String lines(MoneyReportFilter filter) {
        return "SELECT NULLIF(l.member_state, ''), l.mission, l.currency FROM support_line l"
                + " WHERE l.first_effective <= ?1" + filters(filter, "l", "l");
    }

    /**
     * The report as it stands on {@code asOf}, a page of lines at a time, by State, mission and currency: the page's
     * keys are read first from the index, then only their States', missions' and currencies' arrangements are
     * computed, never the lines of the other pages.
     */
    PageResult<SupportTotal> totals(MoneyReportFilter filter, LocalDate asOf, PageRequest page) {
        PageResult<List<Object>> keys = page.read(
                parameters(
                        em.createNativeQuery("SELECT COUNT(*) FROM (" + lines(filter) + ") report_lines"),
                        filter,
                        asOf),
                parameters(em.createNativeQuery(lines(filter) + " ORDER BY 1, 2, 3"), filter, asOf),
                row -> Arrays.asList((Object[]) row));
        if (keys.items().isEmpty()) {
            return keys.map(key -> null);
        }
        PageKeys restriction = PageKeys.of(keys.items());
        Map<List<Object>, SupportTotal> totals = new HashMap<>();
        for (Object row : restriction
                .parameters(parameters(em.createNativeQuery(report(filter, restriction)), filter, asOf))
                .getResultList()) {
            SupportTotal total = total((Object[]) row);
            totals.put(Arrays.asList(total.memberState(), total.mission(), total.currency()), total);
        }
        return keys.map(totals::get);
    }

    /**
     * The conditions that keep a page's States, missions and currencies (parameters from ?5 on; a line of no State
     * matches the claims without one): a superset of the page's lines, which {@link #totals} picks from.
     */
    private record PageKeys(
            List<String> stateCodes, boolean noState, List<String> missionCodes, List<String> currencyCodes) {

        static PageKeys of(List<List<Object>> keys) {
            return new PageKeys(
                    keys.stream()
                            .map(key -> (String) key.get(0))
                            .filter(java.util.Objects::nonNull)
                            .distinct()
                            .toList(),
                    keys.stream().anyMatch(key -> key.get(0) == null),
                    keys.stream().map(key -> (String) key.get(1)).distinct().toList(),
                    keys.stream().map(key -> (String) key.get(2)).distinct().toList());
        }

        String claims() {
            String states = stateCodes.isEmpty() ? "FALSE" : "c.member_state IN (" + places(5, stateCodes.size()) + ")";
            return " AND (" + states + (noState ? " OR c.member_state IS NULL" : "") + ")" + " AND c.mission IN ("
                    + places(5 + stateCodes.size(), missionCodes.size()) + ")";
        }

        String currencies() {
            return " AND t.currency IN (" + places(5 + stateCodes.size() + missionCodes.size(), currencyCodes.size())
                    + ")";
        }

        Query parameters(Query query) {
            int position = 5;
            for (List<String> values : List.of(stateCodes, missionCodes, currencyCodes)) {
                for (String value : values) {
                    query.setParameter(position++, value);
                }
            }
            return query;
        }

        private static String places(int first, int count) {
            return IntStream.range(first, first + count)
                    .mapToObj(position -> "?" + position)
                    .collect(Collectors.joining(", "));
        }
    }

    private static SupportTotal total(Object[] cells) {
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
    }

    private static BigDecimal money(Object cell) {
        return new BigDecimal(cell.toString()).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** The day, and each filter the query names. */
    private static Query parameters(Query query, MoneyReportFilter filter, LocalDate asOf) {
        query.setParameter(1, Date.valueOf(asOf));
        if (filter.memberState() != null) {
            query.setParameter(2, filter.memberState());
        }
        if (filter.mission() != null) {
            query.setParameter(3, filter.mission());
        }
        if (filter.currency() != null) {
            query.setParameter(4, filter.currency());
        }
        return query;
    }
}
