package un.vra.claims.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.Optional;
import un.vra.claims.encryption.PersonalDataKeys;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * Claims in the database. Every read takes a {@link ClaimScope}, so a focal point's query always carries
 * its State; lists are filtered, sorted and paged by the database.
 */
@ApplicationScoped
public class ClaimRepository {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private TimeStandards standards;

    @Inject
    private Clock clock;

    /** The next reference for a claim received in a year; the counter row is locked until commit. */
    public ClaimReference nextReference(int year) {
        em.createNativeQuery("INSERT INTO claim_reference_counter (year_received, last_number) VALUES (?1, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, year)
                .executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_number FROM claim_reference_counter WHERE year_received = ?1")
                .setParameter(1, year)
                .getSingleResult();
        return ClaimReference.of(year, last.intValue());
    }

    /**
     * Takes a reference given from outside (a legacy import) and moves the year's counter past it, so that
     * references generated later never collide with it.
     */
    public ClaimReference reserve(ClaimReference reference) {
        String[] parts = reference.value().split("-");
        em.createNativeQuery("INSERT INTO claim_reference_counter (year_received, last_number) VALUES (?1, ?2)"
                        + " ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, ?2)")
                .setParameter(1, Integer.parseInt(parts[1]))
                .setParameter(2, Integer.parseInt(parts[2]))
                .executeUpdate();
        return reference;
    }

    /** Stores a new claim at once, so that its version and timeline are those of the database. */
    public void add(Claim claim) {
        em.persist(claim);
        em.flush();
    }

    /** Writes pending changes now, so that a concurrent change shows up as an optimistic-lock failure here. */
    public void flush() {
        em.flush();
    }

    /**
     * The claim with its children and state periods in one query (a row per child and period, a dozen for a long
     * history), which every read and action of one claim needs: fetched lazily they were two more round trips.
     * The timeline, longer, stays lazy: its one query comes only when the caller reads it.
     */
    public Optional<Claim> find(ClaimReference reference, ClaimScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Claim> query = cb.createQuery(Claim.class);
        Root<Claim> claim = query.from(Claim.class);
        Join<?, ?> periods = (Join<?, ?>) claim.fetch("periods", JoinType.LEFT);
        Join<?, ?> children = (Join<?, ?>) claim.fetch("children", JoinType.LEFT);
        List<Predicate> where = scopePredicates(cb, claim, scope);
        where.add(cb.equal(claim.get("reference").get("value"), reference.value()));
        query.where(where.toArray(Predicate[]::new));
        // The mappings' own order does not apply to a fetch join: each collection takes the order of its rows.
        query.orderBy(cb.asc(periods.get("validFrom")), cb.asc(periods.get("id")), cb.asc(children.get("position")));
        return em.createQuery(query).getResultList().stream().findFirst();
    }

    /**
     * References of claims that are probably the same as a new one (DOMAIN.md): the same allegation and State
     * with a child born the same year, or the same claimant, found through her name's blind index (under every
     * usable key, since a rotation recomputes the indexes one batch at a time). At most
     * {@code limit}, newest first.
     */
    public List<String> probableDuplicates(NewClaim claim, int limit) {
        List<String> found = new ArrayList<>();
        List<Integer> birthYears = claim.children().stream().map(NewChild::birthYear).distinct().toList();
        if (claim.allegationReference() != null && !claim.allegationReference().isBlank() && !birthYears.isEmpty()) {
            found.addAll(references(em.createNativeQuery("SELECT DISTINCT c.reference, c.id FROM claim c"
                            + " JOIN claim_child ch ON ch.claim_id = c.id WHERE c.allegation_reference = ?1"
                            + " AND c.member_state <=> ?2 AND ch.birth_year IN (" + birthYears.stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")) + ") ORDER BY c.id DESC")
                    .setParameter(1, claim.allegationReference().trim())
                    .setParameter(2, claim.memberState())
                    .setMaxResults(limit)
                    .getResultList()));
        }
        List<String> nameIndexes = PersonalDataKeys.ring().indexes(claim.claimantName());
        if (!nameIndexes.isEmpty()) {
            Query byName = em.createNativeQuery("SELECT c.reference, c.id FROM claim c WHERE c.claimant_name_index IN ("
                    + IntStream.rangeClosed(1, nameIndexes.size()).mapToObj(i -> "?" + i).collect(Collectors.joining(", "))
                    + ") ORDER BY c.id DESC");
            for (int i = 0; i < nameIndexes.size(); i++) {
                byName.setParameter(i + 1, nameIndexes.get(i));
            }
            references(byName.setMaxResults(limit).getResultList()).stream()
                    .filter(reference -> !found.contains(reference)).forEach(found::add);
        }
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    private static List<String> references(List<?> rows) {
        return rows.stream().map(row -> (String) ((Object[]) row)[0]).toList();
    }

    /**
     * A claim's events in order; {@code sharedOnly} keeps those shared with the Member State, and without
     * {@code unDocuments} the UN's documents are left out too, in the query, so that what is the UN's alone never
     * leaves the database for the State.
     */
    public List<ClaimEvent> timeline(Claim claim, boolean sharedOnly, boolean unDocuments) {
        return em.createQuery("select e from ClaimEvent e where e.claim = :claim and e.audience in :audiences"
                        + " and (:unDocuments = true or e.action <> :document or e.actorRole = :state)"
                        + " order by e.sequence", ClaimEvent.class)
                .setParameter("claim", claim)
                .setParameter("unDocuments", unDocuments)
                .setParameter("audiences", sharedOnly ? List.of(Audience.SHARED) : List.of(Audience.values()))
                .setParameter("document", ClaimAction.ADD_DOCUMENT)
                .setParameter("state", Actor.MEMBER_STATE_ROLE)
                .getResultList();
    }

    /** How many claims pass the filter within the scope. */
    public long count(ClaimFilter filter, ClaimScope scope) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Claim> counted = count.from(Claim.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, filter, scope));
        return em.createQuery(count).getSingleResult();
    }

    public PageResult<Claim> list(ClaimFilter filter, ClaimScope scope, PageRequest page, ClaimSort sort) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        long total = count(filter, scope);

        CriteriaQuery<Claim> select = cb.createQuery(Claim.class);
        Root<Claim> claim = select.from(Claim.class);
        Expression<?> key = switch (sort.field()) {
            case UPDATED -> claim.get("updatedAt");
            case RECEIVED, PENDING -> claim.get("receivedOn");
            case REFERENCE -> claim.get("reference").get("value");
            case NOTIFIED -> claim.get("notifiedOn");
        };
        List<Order> order = new ArrayList<>();
        if (sort.field() == ClaimSort.Field.PENDING) {
            order.add(cb.asc(cb.selectCase().when(cb.equal(claim.get("status"), ClaimStatus.CLOSED), 1).otherwise(0)));
        }
        order.add(sort.descending() ? cb.desc(key) : cb.asc(key));
        order.add(sort.descending() ? cb.desc(claim.get("id")) : cb.asc(claim.get("id")));
        select.where(predicates(cb, claim, filter, scope)).orderBy(order);
        List<Claim> items = em.createQuery(select)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return new PageResult<>(total, page.page(), page.size(), items);
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
     * Per State, its claims on the Member State route whose next step was past its time standard on {@code day}:
     * the register's overdue filter, counted by the database. A State with none is absent.
     */
    public Map<String, Long> overdueByMemberState(LocalDate day) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<Claim> claim = query.from(Claim.class);
        query.multiselect(claim.get("memberState"), cb.count(claim))
                .where(cb.equal(claim.get("route"), Route.MEMBER_STATE), overdue(cb, claim, day))
                .groupBy(claim.get("memberState"));
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : em.createQuery(query).getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private Predicate[] predicates(CriteriaBuilder cb, Root<Claim> claim, ClaimFilter filter, ClaimScope scope) {
        List<Predicate> where = scopePredicates(cb, claim, scope);
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
            String prefix = filter.text().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(claim.get("reference").get("value"), prefix, '\\'),
                    cb.like(claim.get("allegationReference"), prefix, '\\')));
        }
        LocalDate today = LocalDate.now(clock);
        if (filter.ageBand() != null) {
            where.add(cb.notEqual(claim.get("status"), ClaimStatus.CLOSED));
            where.add(cb.lessThanOrEqualTo(claim.get("receivedOn"), filter.ageBand().receivedOnOrBefore(today)));
            LocalDate after = filter.ageBand().receivedAfter(today);
            if (after != null) {
                where.add(cb.greaterThan(claim.get("receivedOn"), after));
            }
        }
        if (filter.whoseTurn() != null) {
            where.add(whoseTurn(cb, claim, filter.whoseTurn()));
        }
        if (filter.overdueOnly()) {
            where.add(overdue(cb, claim, today));
        }
        return where.toArray(Predicate[]::new);
    }

    /** Whose turn it is follows from the state and the route: one "route and status in" pair per route. */
    private static Predicate whoseTurn(CriteriaBuilder cb, Root<Claim> claim, WhoseTurn turn) {
        List<Predicate> routes = new ArrayList<>();
        for (Route route : Route.values()) {
            Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
            for (ClaimStatus status : ClaimStatus.values()) {
                if (status.whoseTurn(route) == turn) {
                    statuses.add(status);
                }
            }
            if (!statuses.isEmpty()) {
                routes.add(cb.and(cb.equal(claim.get("route"), route), claim.get("status").in(statuses)));
            }
        }
        return cb.or(routes.toArray(Predicate[]::new));
    }

    /** A step is overdue when it has waited longer than its standard: one indexed range per standard step. */
    private Predicate overdue(CriteriaBuilder cb, Root<Claim> claim, LocalDate today) {
        List<Predicate> steps = new ArrayList<>();
        for (Map.Entry<NextStep, Integer> standard : standards.byStep().entrySet()) {
            steps.add(cb.and(cb.equal(claim.get("nextStep"), standard.getKey()),
                    cb.lessThan(claim.get("nextStepSince"), today.minusDays(standard.getValue()))));
        }
        return cb.or(steps.toArray(Predicate[]::new));
    }

    private static List<Predicate> scopePredicates(CriteriaBuilder cb, Root<Claim> claim, ClaimScope scope) {
        List<Predicate> where = new ArrayList<>();
        scope.memberState().ifPresent(state -> {
            where.add(cb.equal(claim.get("route"), Route.MEMBER_STATE));
            where.add(cb.equal(claim.get("memberState"), state));
            where.add(cb.isNotNull(claim.get("notifiedOn")));
        });
        return where;
    }
}
