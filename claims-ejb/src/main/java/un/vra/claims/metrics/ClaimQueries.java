package un.vra.claims.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimFilter;
import un.vra.claims.claim.ClaimRepository;
import un.vra.claims.claim.ClaimScope;
import un.vra.claims.claim.ClaimSort;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.Pending;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.WhoseTurn;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The claim register's lists: the filters of {@link ClaimFilter} as Criteria predicates, each taken from the
 * domain's one definition (pending, age bands, whose turn, overdue) as {@link MeasureSql} takes it for the
 * measures, so that a filter and a measure count the same claims. Filtered, sorted and paged by the database.
 */
@ApplicationScoped
public class ClaimQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeStandards standards;

    @Inject
    private Clock clock;

    /** How many claims pass the filter within the scope, up to {@link PageResult#COUNT_CAP} and one more. */
    public long count(ClaimFilter filter, ClaimScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> ids = cb.createQuery(Long.class);
        Root<Claim> claim = ids.from(Claim.class);
        ids.select(claim.get("id")).where(predicates(cb, claim, filter, scope));
        return em.createQuery(ids)
                .setMaxResults(PageResult.COUNT_CAP + 1)
                .getResultList()
                .size();
    }

    /**
     * One page of the register. The page's ids are read first, from the index that serves the order, and then
     * its claims by id, so that a deep page skips index entries rather than claims; with a cursor
     * ({@link PageRequest#after()}) nothing is skipped at all, and claims added meanwhile neither repeat nor push
     * others out. The total is capped at {@link PageResult#COUNT_CAP}.
     */
    public PageResult<Claim> list(ClaimFilter filter, ClaimScope scope, PageRequest page, ClaimSort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> select = cb.createQuery(Long.class);
        Root<Claim> claim = select.from(Claim.class);
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, claim, filter, scope)));
        if (page.after() != null) {
            where.add(RegisterCursor.parse(page.after(), sort).after(cb, claim));
        }
        select.select(claim.get("id")).where(where.toArray(Predicate[]::new)).orderBy(order(cb, claim, sort));
        List<Long> ids = em.createQuery(select)
                .setFirstResult(page.after() == null ? page.offset() : 0)
                .setMaxResults(page.size())
                .getResultList();
        List<Claim> items = claims(ids);
        long total = count(filter, scope);
        String next = items.size() < page.size() ? null : RegisterCursor.of(items.get(items.size() - 1), sort);
        return new PageResult<>(
                Math.min(total, PageResult.COUNT_CAP),
                page.page(),
                page.size(),
                items,
                total > PageResult.COUNT_CAP,
                next);
    }

    private static List<Order> order(CriteriaBuilder cb, Root<Claim> claim, ClaimSort sort) {
        Expression<?> key = switch (sort.field()) {
            case UPDATED -> claim.get("updatedAt");
            case RECEIVED, PENDING -> claim.get("receivedOn");
            case REFERENCE -> claim.get("reference").get("value");
            case NOTIFIED -> claim.get("notifiedOn");
            case MAJORITY -> claim.get("majorityMonth");
        };
        List<Order> order = new ArrayList<>();
        if (sort.field() == ClaimSort.Field.PENDING) {
            order.add(cb.asc(cb.selectCase()
                    .when(cb.equal(claim.get("status"), ClaimStatus.CLOSED), 1)
                    .otherwise(0)));
        }
        if (sort.field() == ClaimSort.Field.MAJORITY) {
            order.add(cb.asc(cb.selectCase()
                    .when(cb.isNull(claim.get("majorityMonth")), 1)
                    .otherwise(0)));
        }
        order.add(sort.descending() ? cb.desc(key) : cb.asc(key));
        order.add(sort.descending() ? cb.desc(claim.get("id")) : cb.asc(claim.get("id")));
        return order;
    }

    /** The claims of these ids, in the ids' order. */
    private List<Claim> claims(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> byId = new HashMap<>();
        em.createQuery("select c from Claim c where c.id in :ids", Claim.class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(claim -> byId.put(claim.id(), claim));
        return ids.stream().map(byId::get).toList();
    }

    /**
     * The next claims after {@code afterId} in the order they were registered: a whole filtered register can be
     * read in batches whose cost does not grow with the position, unlike pages at an offset.
     */
    public List<Claim> batchAfter(ClaimFilter filter, ClaimScope scope, long afterId, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Claim> select = cb.createQuery(Claim.class);
        Root<Claim> claim = select.from(Claim.class);
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, claim, filter, scope)));
        where.add(cb.greaterThan(claim.get("id"), afterId));
        select.where(where.toArray(Predicate[]::new)).orderBy(cb.asc(claim.get("id")));
        return em.createQuery(select).setMaxResults(size).getResultList();
    }

    /** Forgets the claims read so far, so that a long read holds one batch at a time. */
    public void forgetRead() {
        em.clear();
    }

    /**
     * Per State, its claims on the Member State route whose next step, one of the State's, was past its time
     * standard on {@code day}, counted by the database. A State with none is absent.
     */
    public Map<String, Long> overdueByMemberState(LocalDate day) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Claim> claim = query.from(Claim.class);
        query.multiselect(claim.get("memberState"), cb.count(claim))
                .where(
                        cb.equal(claim.get("route"), Route.MEMBER_STATE),
                        overdue(cb, claim, standards.stateOverdueIfWaitingSinceBefore(day)))
                .groupBy(claim.get("memberState"));
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter, ClaimScope scope) {
        List<Predicate> where = ClaimRepository.scopePredicates(cb, claim, scope);
        if (filter.status() != null) {
            where.add(cb.equal(claim.get("status"), filter.status()));
        }
        if (filter.memberState() != null) {
            where.add(cb.equal(claim.get("memberState"), filter.memberState()));
        }
        if (filter.mission() != null) {
            where.add(cb.equal(claim.get("mission"), filter.mission()));
        }
        if (filter.category() != null) {
            where.add(cb.equal(claim.get("personnelCategory"), filter.category()));
        }
        if (filter.receivedFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(claim.get("receivedOn"), filter.receivedFrom()));
        }
        if (filter.receivedTo() != null) {
            where.add(cb.lessThanOrEqualTo(claim.get("receivedOn"), filter.receivedTo()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String prefix = filter.text()
                            .trim()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            where.add(cb.or(
                    cb.like(claim.get("reference").get("value"), prefix, '\\'),
                    cb.like(claim.get("allegationReference"), prefix, '\\')));
        }
        LocalDate today = LocalDate.now(clock);
        if (filter.ageBand() != null) {
            where.add(pending(cb, claim));
            where.add(cb.lessThanOrEqualTo(
                    claim.get("receivedOn"), filter.ageBand().receivedOnOrBefore(today)));
            LocalDate after = filter.ageBand().receivedAfter(today);
            if (after != null) {
                where.add(cb.greaterThan(claim.get("receivedOn"), after));
            }
        }
        if (filter.whoseTurn() != null) {
            where.add(whoseTurn(cb, claim, filter.whoseTurn()));
        }
        if (filter.overdueOnly()) {
            where.add(overdue(cb, claim, standards.overdueIfWaitingSinceBefore(today)));
        }
        if (filter.majorityApproachingOnly()) {
            where.add(cb.lessThanOrEqualTo(claim.get("majorityMonth"), Claim.majorityHorizon(today)));
            where.add(cb.notEqual(claim.get("status"), ClaimStatus.CLOSED));
        }
        return where.toArray(Predicate[]::new);
    }

    /** {@link Pending}: the claim is neither closed nor with paternity determined. */
    private static Predicate pending(CriteriaBuilder cb, Root<Claim> claim) {
        return cb.and(
                claim.get("status").in(Pending.STATUSES),
                claim.get("paternityOutcome").in(Pending.OUTCOMES));
    }

    /** {@link WhoseTurn#statuses}: one "route and status in" pair per route. */
    private static Predicate whoseTurn(CriteriaBuilder cb, Root<Claim> claim, WhoseTurn turn) {
        List<Predicate> routes = new ArrayList<>();
        for (Route route : Route.values()) {
            Set<ClaimStatus> statuses = turn.statuses(route);
            if (!statuses.isEmpty()) {
                routes.add(cb.and(
                        cb.equal(claim.get("route"), route), claim.get("status").in(statuses)));
            }
        }
        return cb.or(routes.toArray(Predicate[]::new));
    }

    /** {@link TimeStandards#overdueIfWaitingSinceBefore}: one indexed range per standard step. */
    private static Predicate overdue(CriteriaBuilder cb, Root<Claim> claim, Map<NextStep, LocalDate> waitingSince) {
        List<Predicate> steps = new ArrayList<>();
        waitingSince.forEach((step, before) -> steps.add(
                cb.and(cb.equal(claim.get("nextStep"), step), cb.lessThan(claim.get("nextStepSince"), before))));
        return cb.or(steps.toArray(Predicate[]::new));
    }
}
