package un.vra.claims.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return new Search<>(AccessLogEntry.class)
                .equal("reference", reference)
                .equal("username", username)
                .between(from, to)
                .run(em, page, AccessLogEntry::toRecord);
    }

    public PageResult<AuditRecord.Security> securityEvents(
            SecurityEvent.Kind kind, String username, LocalDate from, LocalDate to, PageRequest page) {
        searched("security events", "kind", kind, username, from, to, page);
        return new Search<>(SecurityEvent.class)
                .equal("kind", kind)
                .equal("username", username)
                .between(from, to)
                .run(em, page, SecurityEvent::toRecord);
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

    /** A search over one audit entity with optional equality filters and a day range, as a criteria query. */
    private static final class Search<E> {

        private final Class<E> type;
        private final Map<String, Object> equal = new LinkedHashMap<>();
        private Instant from;
        private Instant to;

        Search(Class<E> type) {
            this.type = type;
        }

        Search<E> equal(String field, Object value) {
            if (value != null) {
                equal.put(field, value);
            }
            return this;
        }

        Search<E> between(LocalDate fromDay, LocalDate toDay) {
            from = fromDay == null ? null : startOf(fromDay);
            to = toDay == null ? null : startOf(toDay.plusDays(1));
            return this;
        }

        <R> PageResult<R> run(EntityManager em, PageRequest page, Function<E, R> toRecord) {
            CriteriaBuilder cb = em.getCriteriaBuilder();
            CriteriaQuery<Long> count = cb.createQuery(Long.class);
            Root<E> counted = count.from(type);
            count.select(cb.count(counted)).where(conditions(cb, counted));
            CriteriaQuery<E> select = cb.createQuery(type);
            Root<E> selected = select.from(type);
            select.where(conditions(cb, selected))
                    .orderBy(cb.desc(selected.get("occurredAt")), cb.desc(selected.get("id")));
            return page.read(em.createQuery(count), em.createQuery(select), row -> toRecord.apply(type.cast(row)));
        }

        private Predicate[] conditions(CriteriaBuilder cb, Root<E> entry) {
            List<Predicate> conditions = new ArrayList<>();
            equal.forEach((field, value) -> conditions.add(cb.equal(entry.get(field), value)));
            if (from != null) {
                conditions.add(cb.greaterThanOrEqualTo(entry.<Instant>get("occurredAt"), from));
            }
            if (to != null) {
                conditions.add(cb.lessThan(entry.<Instant>get("occurredAt"), to));
            }
            return conditions.toArray(Predicate[]::new);
        }

        private static Instant startOf(LocalDate day) {
            return day.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }
}
