package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import un.vra.claims.claim.Claim;

/**
 * The children coming of age, counted by the database in one grouped query over the index on the children's
 * majority month (the range of two years reads a slice of it, whatever the register's size), by State.
 */
@ApplicationScoped
public class MajorityRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * Per State (one only when {@code memberState} is given), the children of its open claims on the Member State
     * route who come of age from the month of {@code day} to two years after it, the States in code order.
     */
    public List<ComingMajority> byMemberState(LocalDate day, String memberState) {
        List<?> rows = em.createNativeQuery("SELECT c.member_state, COUNT(*), MIN(cc.majority_month)"
                        + " FROM claim_child cc JOIN claim c ON c.id = cc.claim_id"
                        + " WHERE cc.majority_month BETWEEN ?1 AND ?2 AND c.status <> 'CLOSED'"
                        + " AND c.route = 'MEMBER_STATE' AND (?3 IS NULL OR c.member_state = ?3)"
                        + " GROUP BY c.member_state ORDER BY c.member_state")
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

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
