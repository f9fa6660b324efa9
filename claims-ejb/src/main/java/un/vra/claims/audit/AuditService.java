package un.vra.claims.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Searches the audit trail, newest first, paged by the database. For auditors only, and every search is itself
 * a security event with its filters: the trail names victims' claims and who read them, so reading it is
 * watched too.
 */
@Stateless
@RolesAllowed(AuditedCaller.AUDITOR_ROLE)
public class AuditService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private AuditedCaller.OfTheRequest currentCaller;

    public PageResult<AuditRecord.Access> accessLog(
            String reference, String username, LocalDate from, LocalDate to, PageRequest page) {
        searched("access log", "reference", reference, username, from, to, page);
        Search search = new Search("AccessLogEntry")
                .equal("reference", reference)
                .equal("username", username)
                .between(from, to);
        return search.run(em, AccessLogEntry.class, page, AccessLogEntry::toRecord);
    }

    public PageResult<AuditRecord.Security> securityEvents(
            SecurityEvent.Kind kind, String username, LocalDate from, LocalDate to, PageRequest page) {
        searched("security events", "kind", kind, username, from, to, page);
        Search search = new Search("SecurityEvent")
                .equal("kind", kind)
                .equal("username", username)
                .between(from, to);
        return search.run(em, SecurityEvent.class, page, SecurityEvent::toRecord);
    }

    private void searched(
            String log, String filter, Object value, String username, LocalDate from, LocalDate to, PageRequest page) {
        audit.securityEvent(
                currentCaller.get().username(),
                SecurityEvent.Kind.AUDIT_SEARCH,
                log + ": " + filter + "="
                        + text(value) + " user=" + text(username) + " from=" + text(from) + " to=" + text(to)
                        + " page=" + page.page() + " size=" + page.size());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A JPQL search over one audit entity with optional equality filters and a day range. */
    private static final class Search {

        private final String entity;
        private final StringBuilder where = new StringBuilder(" where 1 = 1");
        private final List<Object[]> parameters = new ArrayList<>();

        Search(String entity) {
            this.entity = entity;
        }

        Search equal(String field, Object value) {
            if (value != null) {
                String name = "p" + parameters.size();
                where.append(" and e.").append(field).append(" = :").append(name);
                parameters.add(new Object[] {name, value});
            }
            return this;
        }

        Search between(LocalDate from, LocalDate to) {
            if (from != null) {
                where.append(" and e.occurredAt >= :from");
                parameters.add(new Object[] {"from", startOf(from)});
            }
            if (to != null) {
                where.append(" and e.occurredAt < :to");
                parameters.add(new Object[] {"to", startOf(to.plusDays(1))});
            }
            return this;
        }

        <E, R> PageResult<R> run(EntityManager em, Class<E> type, PageRequest page, Function<E, R> toRecord) {
            TypedQuery<Long> count = em.createQuery("select count(e) from " + entity + " e" + where, Long.class);
            TypedQuery<E> select = em.createQuery(
                    "select e from " + entity + " e" + where + " order by e.occurredAt desc, e.id desc", type);
            for (Object[] parameter : parameters) {
                count.setParameter((String) parameter[0], parameter[1]);
                select.setParameter((String) parameter[0], parameter[1]);
            }
            return page.read(count, select, row -> toRecord.apply(type.cast(row)));
        }

        private static Instant startOf(LocalDate day) {
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
