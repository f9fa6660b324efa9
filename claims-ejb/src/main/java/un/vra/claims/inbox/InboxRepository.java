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
import java.util.function.UnaryOperator;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.metrics.InboxSql;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The inbox is computed, not stored: notifications come from the claims' notification days and reminders
 * from their next steps, in one paged query over the State's claims ({@link InboxSql}). Only what an account
 * has read is stored.
 */
@ApplicationScoped
public class InboxRepository {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeStandards standards;

    public PageResult<InboxItem> page(
            String memberState, long accountId, LocalDate today, boolean unreadOnly, PageRequest page) {
        return page.read(
                () -> count(memberState, accountId, today, unreadOnly),
                parameters(em.createNativeQuery(InboxSql.page(standards, unreadOnly)), memberState, today, accountId)
                        .setParameter(4, page.offset() + page.size()),
                row -> item((Object[]) row));
    }

    public long count(String memberState, long accountId, LocalDate today, boolean unreadOnly) {
        return capped(InboxSql.counts(standards, unreadOnly), 4, sql -> parameters(sql, memberState, today, accountId));
    }

    /** The VRA's inbox: the mails the VRA office is sent (majority alerts, escalations, the UN's steps), latest first. */
    public PageResult<InboxItem> vraPage(long accountId, boolean unreadOnly, PageRequest page) {
        return page.read(
                () -> vraCount(accountId, unreadOnly),
                em.createNativeQuery(InboxSql.vraPage(standards, unreadOnly))
                        .setParameter(1, accountId)
                        .setParameter(2, page.offset() + page.size()),
                row -> item((Object[]) row));
    }

    public long vraCount(long accountId, boolean unreadOnly) {
        return capped(InboxSql.vraCounts(standards, unreadOnly), 2, sql -> sql.setParameter(1, accountId));
    }

    /**
     * The items of every kind, counted a kind at a time ({@code counts}, whose parameter {@code limit} is how many
     * a kind may still add), up to {@link PageResult#COUNT_CAP} and one more: the kinds after the cap is reached
     * are not read at all.
     */
    private long capped(List<String> counts, int limit, UnaryOperator<Query> parameters) {
        long total = 0;
        for (String count : counts) {
            long left = PageResult.COUNT_CAP + 1 - total;
            if (left <= 0) {
                break;
            }
            total += ((Number) parameters
                            .apply(em.createNativeQuery(count))
                            .setParameter(limit, left)
                            .getSingleResult())
                    .longValue();
        }
        return total;
    }

    /** The claim's id, whatever its State: for the VRA's read marks. */
    public Optional<Long> claim(String reference) {
        return ((List<?>) em.createNativeQuery("SELECT id FROM claim WHERE reference = ?1")
                        .setParameter(1, reference)
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).findFirst();
    }

    /** The claim's id if it is one of the State's claims on the Member State route, notified to it. */
    public Optional<Long> claimOfState(String reference, String memberState) {
        return ((List<?>) em.createNativeQuery("SELECT id FROM claim WHERE reference = ?1 AND member_state = ?2"
                                + " AND route = 'MEMBER_STATE' AND notified_on IS NOT NULL")
                        .setParameter(1, reference)
                        .setParameter(2, memberState)
                        .getResultList())
                .stream().map(id -> ((Number) id).longValue()).findFirst();
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
        return query.setParameter(1, memberState)
                .setParameter(2, Date.valueOf(today))
                .setParameter(3, accountId);
    }

    private static InboxItem item(Object[] row) {
        return new InboxItem(
                (String) row[0],
                (String) row[1],
                InboxItem.Kind.valueOf((String) row[2]),
                row[3] == null ? null : NextStep.valueOf((String) row[3]),
                localDate(row[4]),
                localDate(row[5]),
                ((Number) row[6]).intValue() != 0);
    }

    private static LocalDate localDate(Object value) {
        return value == null ? null : value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
