package un.vra.claims.reminder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import un.vra.claims.account.Role;
import un.vra.claims.claim.NextStep;

/** What the reminder job reads and writes: the steps due, the rungs reached, and whom to write to. */
@ApplicationScoped
public class ReminderRepository {

    @PersistenceContext
    private EntityManager em;

    /**
     * The claims whose step is due by {@code day}: for each step with a standard, those waiting for it since that
     * many days before, through the index on the next step and its day.
     */
    public List<DueStep> dueBy(LocalDate day, Map<NextStep, Integer> standards) {
        List<DueStep> due = new ArrayList<>();
        standards.forEach((step, days) -> em.createQuery(
                        "select c.id, c.nextStepSince from Claim c where c.nextStep = :step"
                                + " and c.nextStepSince <= :latest order by c.id",
                        Object[].class)
                .setParameter("step", step)
                .setParameter("latest", day.minusDays(days))
                .getResultList()
                .forEach(row -> due.add(new DueStep((Long) row[0], step, (LocalDate) row[1]))));
        return due;
    }

    /**
     * Records that a claim's step reached a rung, unless it already had: true only for the one transaction that
     * recorded it, whichever server or run tries, thanks to the table's unique key.
     */
    public boolean recordRung(long claimId, NextStep step, String rung, LocalDate on, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO claim_reminder (claim_id, step, rung, rung_on, recorded_at)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5)")
                        .setParameter(1, claimId)
                        .setParameter(2, step.name())
                        .setParameter(3, rung)
                        .setParameter(4, Date.valueOf(on))
                        .setParameter(5, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }

    /**
     * The children of open claims who come of age by {@code horizon} (from the month of {@code day} on) and whose
     * alert for that month is not yet recorded, as claim id and position, through the index on the majority month.
     */
    public List<long[]> majoritiesDueBy(LocalDate day, LocalDate horizon) {
        List<?> rows = em.createNativeQuery("SELECT cc.claim_id, cc.position FROM claim_child cc"
                        + " JOIN claim c ON c.id = cc.claim_id"
                        + " WHERE cc.majority_month BETWEEN ?1 AND ?2 AND c.status <> 'CLOSED'"
                        + " AND NOT EXISTS (SELECT 1 FROM claim_majority_alert a WHERE a.claim_id = cc.claim_id"
                        + " AND a.child_position = cc.position AND a.majority_month = cc.majority_month)"
                        + " ORDER BY cc.claim_id, cc.position")
                .setParameter(1, Date.valueOf(day.withDayOfMonth(1)))
                .setParameter(2, Date.valueOf(horizon))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()})
                .toList();
    }

    /** Records a child's majority alert unless it already was: true only for the transaction that recorded it. */
    public boolean recordMajorityAlert(long claimId, int position, LocalDate majorityMonth, Instant now) {
        return em.createNativeQuery("INSERT IGNORE INTO claim_majority_alert"
                                + " (claim_id, child_position, majority_month, recorded_at) VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, claimId)
                        .setParameter(2, position)
                        .setParameter(3, Date.valueOf(majorityMonth))
                        .setParameter(4, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }

    /**
     * Moves each claim's next majority on once its month has passed, to its next child's, or to none: the flag
     * "majority approaching" reads that column. Only the claims whose month has passed are touched, by the index.
     */
    public int moveMajoritiesOn(LocalDate day) {
        Date month = Date.valueOf(day.withDayOfMonth(1));
        return em.createNativeQuery("UPDATE claim c SET c.majority_month = (SELECT MIN(cc.majority_month)"
                        + " FROM claim_child cc WHERE cc.claim_id = c.id AND cc.majority_month >= ?1)"
                        + " WHERE c.majority_month < ?1")
                .setParameter(1, month)
                .executeUpdate();
    }

    /** The State's active focal points and deputies that gave an address. */
    public List<Recipient> focalPoints(String memberState) {
        return em
                .createQuery(
                        "select a.email, a.language, a.mailDigest from Account a where a.memberState = :state"
                                + " and a.role = :role and a.active = true"
                                + " and a.email is not null order by a.username",
                        Object[].class)
                .setParameter("state", memberState)
                .setParameter("role", Role.FOCAL_POINT)
                .getResultList()
                .stream()
                .map(row -> new Recipient((String) row[0], (String) row[1], (Boolean) row[2]))
                .toList();
    }

    /** The State's Permanent Mission's contact address, if the VRA recorded one. */
    public Optional<Recipient> mission(String memberState) {
        List<?> rows = em.createNativeQuery("SELECT mission_email, mission_language FROM member_state WHERE code = ?1"
                        + " AND mission_email IS NOT NULL")
                .setParameter(1, memberState)
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] columns = (Object[]) row;
            return new Recipient((String) columns[0], (String) columns[1]);
        });
    }
}
