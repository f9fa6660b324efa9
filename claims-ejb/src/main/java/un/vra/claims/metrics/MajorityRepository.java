package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import un.vra.claims.claim.Claim;

/**
 * The children coming of age, read from their counts per State and month of majority ({@code majority_count},
 * V109), which triggers keep as the claims and their children are written: a window of two years reads at most 25
 * rows per State, whatever the register's size. The counts can be written anew from the children and compared
 * with them, for the rebuild and the drift check of the maintained figures ({@link MeasureService}).
 */
@ApplicationScoped
public class MajorityRepository {

    /** The children counted: those of the open claims on the Member State route, under the claim's State. */
    private static final String COUNTED = "SELECT c.member_state, cc.majority_month, COUNT(*)"
            + " FROM claim_child cc JOIN claim c ON c.id = cc.claim_id"
            + " WHERE c.status <> 'CLOSED' AND c.route = 'MEMBER_STATE' AND c.member_state IS NOT NULL"
            + " AND (?1 IS NULL OR c.member_state = ?1) GROUP BY c.member_state, cc.majority_month";

    @PersistenceContext
    private EntityManager em;

    /**
     * Per State (one only when {@code memberState} is given), the children of its open claims on the Member State
     * route who come of age from the month of {@code day} to two years after it, the States in code order.
     */
    public List<ComingMajority> byMemberState(LocalDate day, String memberState) {
        List<?> rows = em.createNativeQuery("SELECT member_state, SUM(children), MIN(majority_month)"
                        + " FROM majority_count WHERE majority_month BETWEEN ?1 AND ?2 AND children > 0"
                        + " AND (?3 IS NULL OR member_state = ?3) GROUP BY member_state ORDER BY member_state")
                .setParameter(1, Date.valueOf(day.withDayOfMonth(1)))
                .setParameter(2, Date.valueOf(Claim.majorityHorizon(day)))
                .setParameter(3, memberState)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new ComingMajority(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        YearMonth.from(localDate(row[2])).toString()))
                .toList();
    }

    /**
     * Writes the counts anew from the children: in a rebuild's transaction ({@link MeasureRepository#rebuilding}),
     * the children read like the periods, exempt from the pool's statement timeout.
     */
    void recount() {
        em.createNativeQuery("DELETE FROM majority_count").executeUpdate();
        MeasureRepository.longStatement(
                        em,
                        "INSERT INTO majority_count (member_state, majority_month, children) "
                                + COUNTED.replace("?1", "NULL"))
                .executeUpdate();
    }

    /**
     * Each State and month (of {@code memberState} only, when given) whose stored count differs from the children
     * counted, as "State month: stored n, counted m", in State and month order; at most {@code limit}.
     */
    List<String> drift(String memberState, int limit) {
        Map<String, long[]> both = new TreeMap<>();
        tally(
                both,
                0,
                em.createNativeQuery("SELECT member_state, majority_month, children FROM majority_count"
                                + " WHERE children <> 0 AND (?1 IS NULL OR member_state = ?1)")
                        .setParameter(1, memberState)
                        .getResultStream());
        tally(
                both,
                1,
                MeasureRepository.longStatement(em, COUNTED)
                        .setParameter(1, memberState)
                        .getResultStream());
        return both.entrySet().stream()
                .filter(entry -> entry.getValue()[0] != entry.getValue()[1])
                .limit(limit)
                .map(entry -> entry.getKey() + ": children coming of age stored " + entry.getValue()[0] + ", counted "
                        + entry.getValue()[1])
                .toList();
    }

    private static void tally(Map<String, long[]> both, int side, Stream<?> rows) {
        rows.map(row -> (Object[]) row)
                .forEach(row -> both.computeIfAbsent(
                                        row[0] + " " + YearMonth.from(localDate(row[1])), key -> new long[2])[side] +=
                        ((Number) row[2]).longValue());
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
