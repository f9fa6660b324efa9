package un.vra.claims.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The inbox is computed, not stored: notifications come from the claims' notification days and reminders
 * from their next steps, in one paged query over the State's claims (indexes on member_state with
 * notified_on and with next_step). Only what an account has read is stored.
 */
@ApplicationScoped
public class InboxRepository {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeStandards standards;

    /**
     * The items of a State as of a day: ?1 State, ?2 the day, ?3 the reading account. A reminder's day is its
     * due day plus whole reminder intervals, so one row per overdue claim carries its latest reminder.
     */
    private String items() {
        String days = standards.byStep().entrySet().stream()
                .map(entry -> "WHEN '" + entry.getKey().name() + "' THEN " + entry.getValue())
                .collect(Collectors.joining(" ", "CASE c.next_step ", " END"));
        String steps = standards.byStep().keySet().stream().map(step -> "'" + step.name() + "'")
                .collect(Collectors.joining(", ", "(", ")"));
        String due = "DATE_ADD(c.next_step_since, INTERVAL " + days + " DAY)";
        return "SELECT c.id AS claim_id, c.reference, c.claimant_pseudonym, 'NOTIFIED' AS kind, NULL AS step,"
                + " c.notified_on AS item_on, NULL AS due_on FROM claim c"
                + " WHERE c.member_state = ?1 AND c.route = 'MEMBER_STATE' AND c.notified_on IS NOT NULL"
                + " AND c.notified_on <= ?2"
                + " UNION ALL SELECT c.id, c.reference, c.claimant_pseudonym, 'REMINDER', c.next_step,"
                + " DATE_ADD(" + due + ", INTERVAL FLOOR(DATEDIFF(?2, " + due + ") / "
                + TimeStandards.REMINDER_INTERVAL_DAYS + ") * " + TimeStandards.REMINDER_INTERVAL_DAYS + " DAY),"
                + " " + due + " FROM claim c"
                + " WHERE c.member_state = ?1 AND c.route = 'MEMBER_STATE' AND c.notified_on IS NOT NULL"
                + " AND c.next_step IN " + steps
                + " AND " + due + " <= ?2";
    }

    public PageResult<InboxItem> page(String memberState, long accountId, LocalDate today, boolean unreadOnly,
                                      PageRequest page) {
        long total = count(memberState, accountId, today, unreadOnly);
        Query query = parameters(em.createNativeQuery("SELECT i.reference, i.claimant_pseudonym, i.kind, i.step,"
                + " i.item_on, i.due_on, r.account_id IS NOT NULL " + joined(unreadOnly)
                + " ORDER BY i.item_on DESC, i.claim_id DESC, i.kind"), memberState, today, accountId)
                .setFirstResult(page.offset())
                .setMaxResults(page.size());
        List<InboxItem> items = ((List<?>) query.getResultList()).stream().map(Object[].class::cast)
                .map(InboxRepository::item).toList();
        return new PageResult<>(total, page.page(), page.size(), items);
    }

    public long count(String memberState, long accountId, LocalDate today, boolean unreadOnly) {
        return ((Number) parameters(em.createNativeQuery("SELECT COUNT(*) " + joined(unreadOnly)), memberState,
                today, accountId).getSingleResult()).longValue();
    }

    /** The items with the account's read marks: ?1 State, ?2 the day, ?3 the reading account. */
    private String joined(boolean unreadOnly) {
        return "FROM (" + items() + ") i LEFT JOIN inbox_read r ON r.account_id = ?3"
                + " AND r.claim_id = i.claim_id AND r.kind = i.kind AND r.item_on = i.item_on"
                + (unreadOnly ? " WHERE r.account_id IS NULL" : "");
    }

    /** The claim's id if it is one of the State's claims on the Member State route, notified to it. */
    public Optional<Long> claimOfState(String reference, String memberState) {
        return ((List<?>) em.createNativeQuery("SELECT id FROM claim WHERE reference = ?1 AND member_state = ?2"
                        + " AND route = 'MEMBER_STATE' AND notified_on IS NOT NULL")
                .setParameter(1, reference)
                .setParameter(2, memberState)
                .getResultList()).stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    public void markRead(long accountId, long claimId, InboxItem.Kind kind, LocalDate on, Instant at) {
        em.createNativeQuery("INSERT IGNORE INTO inbox_read (account_id, claim_id, kind, item_on, read_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, accountId)
                .setParameter(2, claimId)
                .setParameter(3, kind.name())
                .setParameter(4, Date.valueOf(on))
                .setParameter(5, Timestamp.from(at))
                .executeUpdate();
    }

    public void markUnread(long accountId, long claimId, InboxItem.Kind kind, LocalDate on) {
        em.createNativeQuery("DELETE FROM inbox_read WHERE account_id = ?1 AND claim_id = ?2 AND kind = ?3"
                        + " AND item_on = ?4")
                .setParameter(1, accountId)
                .setParameter(2, claimId)
                .setParameter(3, kind.name())
                .setParameter(4, Date.valueOf(on))
                .executeUpdate();
    }

    private static Query parameters(Query query, String memberState, LocalDate today, long accountId) {
        return query.setParameter(1, memberState).setParameter(2, Date.valueOf(today)).setParameter(3, accountId);
    }

    private static InboxItem item(Object[] row) {
        return new InboxItem((String) row[0], (String) row[1], InboxItem.Kind.valueOf((String) row[2]),
                row[3] == null ? null : NextStep.valueOf((String) row[3]), localDate(row[4]), localDate(row[5]),
                ((Number) row[6]).intValue() != 0);
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
