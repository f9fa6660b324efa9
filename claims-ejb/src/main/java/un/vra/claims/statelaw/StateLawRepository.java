package un.vra.claims.statelaw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** The registry's entries, one per State, changed under a lock, and their revisions, read a page at a time. */
@ApplicationScoped
public class StateLawRepository {

    @PersistenceContext
    private EntityManager em;

    Optional<StateLaw> find(String memberState) {
        return Optional.ofNullable(em.find(StateLaw.class, memberState));
    }

    /** The entry, locked until the transaction ends: two changes at once are compared one after the other. */
    Optional<StateLaw> lock(String memberState) {
        return Optional.ofNullable(em.find(StateLaw.class, memberState, LockModeType.PESSIMISTIC_WRITE));
    }

    void add(StateLawRevision revision) {
        em.persist(revision);
        em.flush();
    }

    /** A State's revisions, the latest first. */
    PageResult<StateLawRevision> revisions(String memberState, PageRequest page) {
        String where = " from StateLawRevision r where r.memberState = :state";
        return page.read(
                em.createQuery("select count(r)" + where, Long.class).setParameter("state", memberState),
                em.createQuery("select r" + where + " order by r.version desc", StateLawRevision.class)
                        .setParameter("state", memberState),
                StateLawRevision.class);
    }
}
