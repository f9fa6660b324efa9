package un.vra.claims.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** The outbox's table: queueing a mail once, the next mail due for an attempt, and the administrators' list. */
@ApplicationScoped
public class OutboxRepository {

    @PersistenceContext
    private EntityManager em;

    /** Queues the mail unless one with the same idempotency key already is; true when it was queued now. */
    public boolean enqueue(OutboxMessage message) {
        boolean known = !em.createQuery("select m.id from OutboxMessage m where m.idempotencyKey = :key", Long.class)
                .setParameter("key", message.idempotencyKey())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
        if (!known) {
            em.persist(message);
        }
        return !known;
    }

    /**
     * The oldest mail due for an attempt, locked until the transaction ends; a mail another server is sending is
     * skipped, so that two servers never send the same mail at once.
     */
    public Optional<OutboxMessage> lockNextDue(Instant now) {
        List<?> ids = em.createNativeQuery("SELECT id FROM mail_outbox WHERE status IN ('PENDING', 'RETRYING')"
                        + " AND next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, java.sql.Timestamp.from(now))
                .getResultList();
        return ids.stream().findFirst().map(id -> em.find(OutboxMessage.class, ((Number) id).longValue()));
    }

    /** The mails held for weekly digests, by reader, oldest first, locked until the transaction ends. */
    public List<OutboxMessage> held() {
        return em.createQuery(
                        "select m from OutboxMessage m where m.status = :held order by m.recipient, m.createdAt, m.id",
                        OutboxMessage.class)
                .setParameter("held", MailStatus.HELD)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** A page of the outbox, newest first, as the filter asks. */
    public PageResult<OutboxMessage> page(OutboxFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        add(where, values, "m.status = ?", filter.status());
        add(where, values, "m.memberState = ?", filter.memberState());
        add(where, values, "m.kind = ?", filter.kind());
        add(where, values, "m.createdAt >= ?", filter.fromInstant());
        add(where, values, "m.createdAt < ?", filter.toInstantExclusive());
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        Query count = em.createQuery("select count(m) from OutboxMessage m" + clause);
        Query select =
                em.createQuery("select m from OutboxMessage m" + clause + " order by m.createdAt desc, m.id desc");
        for (int i = 0; i < values.size(); i++) {
            count.setParameter(i + 1, values.get(i));
            select.setParameter(i + 1, values.get(i));
        }
        return page.read(count, select, OutboxMessage.class);
    }

    private static void add(List<String> where, List<Object> values, String condition, Object value) {
        if (value != null) {
            values.add(value);
            where.add(condition.replace("?", "?" + values.size()));
        }
    }
}
