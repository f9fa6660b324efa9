package un.vra.claims.claim;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.persistence.sessions.Session;
import un.vra.claims.encryption.ChildFingerprint;
import un.vra.claims.encryption.EncryptedColumn;
import un.vra.claims.encryption.PersonalDataKeys;

/**
 * Claims in the database. Every read takes a {@link ClaimScope}, so a focal point's query always carries
 * its State; the register's lists are the metrics query layer's ({@code un.vra.claims.metrics.ClaimQueries}).
 */
@ApplicationScoped
public class ClaimRepository {

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @PersistenceContext
    private EntityManager em;

    /** The next reference for a claim received in a year; the counter row is locked until commit. */
    public ClaimReference nextReference(int year) {
        em.createNativeQuery("INSERT INTO claim_reference_counter (year_received, last_number) VALUES (?1, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, year)
                .executeUpdate();
        Number last = (Number)
                em.createNativeQuery("SELECT last_number FROM claim_reference_counter WHERE year_received = ?1")
                        .setParameter(1, year)
                        .getSingleResult();
        return ClaimReference.of(year, last.intValue());
    }

    /**
     * Reserves a year's references for an import in two statements, however many claims it holds: moves the year's
     * counter past {@code highestGiven} (the highest number the file gives itself in that year, 0 for none), so
     * that references generated later never collide with those, then takes {@code count} new numbers after it.
     * The counter row is locked until commit. Reserving before anything is persisted also spares each claim's
     * write a flush of all the claims before it.
     *
     * @return the {@code count} new references, in order
     */
    public List<ClaimReference> reserve(int year, int highestGiven, int count) {
        em.createNativeQuery("INSERT INTO claim_reference_counter (year_received, last_number) VALUES (?1, ?2 + ?3)"
                        + " ON DUPLICATE KEY UPDATE last_number = GREATEST(last_number, ?2) + ?3")
                .setParameter(1, year)
                .setParameter(2, highestGiven)
                .setParameter(3, count)
                .executeUpdate();
        int last = ((Number)
                        em.createNativeQuery("SELECT last_number FROM claim_reference_counter WHERE year_received = ?1")
                                .setParameter(1, year)
                                .getSingleResult())
                .intValue();
        return IntStream.rangeClosed(last - count + 1, last)
                .mapToObj(number -> ClaimReference.of(year, number))
                .toList();
    }

    /**
     * Stores a new claim at once, so that its version and timeline are those of the database, and marks its children
     * named in another claim too ({@link #markSharedChildren}).
     */
    public void add(Claim claim) {
        em.persist(claim);
        em.flush();
        markSharedChildren(List.of(claim.id()));
    }

    /**
     * Marks as shared every child of the claims {@code ids}, written, whose fingerprint another child has too, and that
     * other child: the measures count a child once however many claims name it ({@code claim_child.shared}, V103).
     */
    public void markSharedChildren(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.createNativeQuery(ChildFingerprint.markShared(
                        ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "n.claim_id IN (", ")"))))
                .executeUpdate();
    }

    /** Writes pending changes now, so that a concurrent change shows up as an optimistic-lock failure here. */
    public void flush() {
        em.flush();
    }

    /** A claim by its id, for the application's own jobs, which work on no one's behalf and need no scope. */
    public Optional<Claim> byId(long id) {
        return Optional.ofNullable(em.find(Claim.class, id));
    }

    /**
     * The claim with its children and state periods in one query (a row per child and period, a dozen for a long
     * history), which every read and action of one claim needs: fetched lazily they were two more round trips.
     * The timeline, longer, stays lazy: its one query comes only when the caller reads it. Written in JPQL, of two
     * texts (all claims, or a State's), so that EclipseLink prepares each once and keeps it: built with the criteria
     * API, the query was prepared anew on each read, 8 % of a claim read's time under load.
     */
    public Optional<Claim> find(ClaimReference reference, ClaimScope scope) {
        // The mappings' own order does not apply to a fetch join: each collection takes the order of its rows.
        TypedQuery<Claim> query = em.createQuery(
                        "select c from Claim c left join fetch c.periods p left join fetch c.children ch"
                                + " where c.reference.value = :reference" + scopeJpql(scope)
                                + " order by p.validFrom, p.id, ch.position",
                        Claim.class)
                .setParameter("reference", reference.value());
        return bindScope(query, scope).getResultList().stream().findFirst();
    }

    /**
     * References of claims that are probably the same as a new one (DOMAIN.md): the same allegation and State
     * with a child born the same year, or the same claimant, found through her name's blind index (under every
     * usable key, since a rotation recomputes the indexes one batch at a time). At most
     * {@code limit}, newest first.
     */
    public List<String> probableDuplicates(NewClaim claim, int limit) {
        List<String> found = new ArrayList<>();
        List<Integer> birthYears =
                claim.children().stream().map(NewChild::birthYear).distinct().toList();
        if (claim.allegationReference() != null && !claim.allegationReference().isBlank() && !birthYears.isEmpty()) {
            found.addAll(em
                    .createQuery(
                            "select distinct c.reference, c.id from Claim c join c.children ch"
                                    + " where c.allegationReference = :allegation and ch.birthYear in :years"
                                    + " and (c.memberState = :state or (:state is null and c.memberState is null))"
                                    + " order by c.id desc",
                            Object[].class)
                    .setParameter("allegation", claim.allegationReference().trim())
                    .setParameter("years", birthYears)
                    .setParameter("state", claim.memberState())
                    .setMaxResults(limit)
                    .getResultList()
                    .stream()
                    .map(row -> ((ClaimReference) row[0]).value())
                    .toList());
        }
        NavigableMap<Long, String> byName = new TreeMap<>(Comparator.reverseOrder());
        for (String nameIndex : PersonalDataKeys.ring().indexes(claim.claimantName())) {
            for (Object row : em.createNativeQuery(
                            "SELECT c.id, c.reference FROM claim c WHERE c.claimant_name_index = ?1 ORDER BY c.id DESC")
                    .setParameter(1, nameIndex)
                    .setMaxResults(limit)
                    .getResultList()) {
                Object[] columns = (Object[]) row;
                byName.put(((Number) columns[0]).longValue(), (String) columns[1]);
            }
        }
        byName.values().stream().filter(reference -> !found.contains(reference)).forEach(found::add);
        return found.size() > limit ? found.subList(0, limit) : found;
    }

    /**
     * A claim's events in order; {@code sharedOnly} keeps those shared with the Member State, and without
     * {@code unDocuments} the UN's documents are left out too, in the query, so that what is the UN's alone never
     * leaves the database for the State.
     */
    public List<ClaimEvent> timeline(Claim claim, boolean sharedOnly, boolean unDocuments) {
        return em.createQuery(
                        "select e from ClaimEvent e where e.claim = :claim and e.audience in :audiences"
                                + " and (:unDocuments = true or e.action <> :document or e.actorRole = :state)"
                                + " order by e.sequence",
                        ClaimEvent.class)
                .setParameter("claim", claim)
                .setParameter("unDocuments", unDocuments)
                .setParameter("audiences", sharedOnly ? List.of(Audience.SHARED) : List.of(Audience.values()))
                .setParameter("document", ClaimAction.ADD_DOCUMENT)
                .setParameter("state", Actor.MEMBER_STATE_ROLE)
                .getResultList();
    }

    /**
     * Corrects a child's birth ({@link Claim#correctChildBirth}) and writes it, provided the claim is still at
     * {@code expectedVersion}; false when it moved on. The children are an element collection, which EclipseLink
     * rewrites by deleting each changed row on all its columns: the sealed date of birth is sealed afresh (never the
     * same twice), so that delete never finds its row. The claim therefore corrects a detached copy of itself, and
     * its changes are written by key: the child's row (the date sealed through the key ring), the claim's row with
     * its version moved on under the same optimistic check as every action, and the correction's event; then the
     * claim leaves the shared cache, so that nothing reads the child as it was.
     */
    public boolean correctChildBirth(
            Claim claim, long expectedVersion, int position, int birthYear, LocalDate birthDate, Recording recording) {
        List<ClaimEvent> timeline = claim.events();
        int before = timeline.size();
        em.detach(claim);
        Child child = claim.correctChildBirth(position, birthYear, birthDate, recording);
        int updated = em.createNativeQuery("UPDATE claim SET version = version + 1, majority_month = ?1,"
                        + " updated_at = ?2 WHERE id = ?3 AND version = ?4")
                .setParameter(1, claim.nextMajorityMonth().map(Date::valueOf).orElse(null))
                .setParameter(2, Timestamp.from(claim.updatedAt()))
                .setParameter(3, claim.id())
                .setParameter(4, expectedVersion)
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        em.createNativeQuery("UPDATE claim_child SET birth_year = ?1, birth_date = ?2, majority_month = ?3,"
                        + " fingerprint = ?6 WHERE claim_id = ?4 AND position = ?5")
                .setParameter(1, child.birthYear())
                .setParameter(
                        2,
                        child.birthDate()
                                .map(date ->
                                        PersonalDataKeys.ring().seal(EncryptedColumn.CHILD_BIRTH_DATE, date.toString()))
                                .orElse(null))
                .setParameter(3, Date.valueOf(child.majorityMonth()))
                .setParameter(4, claim.id())
                .setParameter(5, position)
                .setParameter(
                        6,
                        Optional.ofNullable(child.fingerprint())
                                .map(PersonalDataKeys.ring()::index)
                                .orElse(null))
                .executeUpdate();
        markSharedChildren(List.of(claim.id()));
        ClaimEvent event = timeline.get(before);
        em.createNativeQuery("INSERT INTO claim_event (claim_id, sequence, occurred_on, recorded_at, actor,"
                        + " actor_role, action, status_after, details, audience, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6,"
                        + " ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, claim.id())
                .setParameter(2, event.sequence())
                .setParameter(3, Date.valueOf(event.occurredOn()))
                .setParameter(4, Timestamp.from(event.recordedAt()))
                .setParameter(5, event.actor())
                .setParameter(6, event.actorRole())
                .setParameter(7, event.action().name())
                .setParameter(8, event.statusAfter().name())
                .setParameter(9, PersonalDataKeys.ring().seal(EncryptedColumn.EVENT_DETAILS, event.details()))
                .setParameter(10, event.audience().name())
                .setParameter(11, em.unwrap(Session.class).getNextSequenceNumberValue(ClaimEvent.class))
                .executeUpdate();
        evictNowAndAfterCommit(claim.id());
        return true;
    }

    /**
     * Takes the claim out of the shared cache now, and again once the transaction ends: a reader that loaded it in
     * between read the row as it was before the commit, and would otherwise have cached that.
     */
    private void evictNowAndAfterCommit(long id) {
        jakarta.persistence.Cache cache = em.getEntityManagerFactory().getCache();
        cache.evict(Claim.class, id);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // Nothing to do before the commit: the rows are written by then.
            }

            @Override
            public void afterCompletion(int status) {
                cache.evict(Claim.class, id);
            }
        });
    }

    /** The conditions of a reader's scope: a State reaches its claims on the Member State route, once notified. */
    public static List<Predicate> scopePredicates(CriteriaBuilder cb, Root<Claim> claim, ClaimScope scope) {
        List<Predicate> where = new ArrayList<>();
        scope.memberState().ifPresent(state -> {
            where.add(cb.equal(claim.get("route"), Route.MEMBER_STATE));
            where.add(cb.equal(claim.get("memberState"), state));
            where.add(cb.isNotNull(claim.get("notifiedOn")));
        });
        return where;
    }

    /** {@link #scopePredicates} as JPQL conditions on the claim {@code c}, each after an {@code and}. */
    private static String scopeJpql(ClaimScope scope) {
        return scope.memberState().isPresent()
                ? " and c.route = :route and c.memberState = :state and c.notifiedOn is not null"
                : "";
    }

    /** Gives {@code query} the parameters of {@link #scopeJpql}. */
    private static <T> TypedQuery<T> bindScope(TypedQuery<T> query, ClaimScope scope) {
        scope.memberState()
                .ifPresent(
                        state -> query.setParameter("route", Route.MEMBER_STATE).setParameter("state", state));
        return query;
    }
}
