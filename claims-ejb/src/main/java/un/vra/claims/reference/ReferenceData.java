package un.vra.claims.reference;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads the Member States and missions. Both lists are small and fixed (193 and a few dozen rows). An EJB, so
 * that pages in either web module reach the persistence unit through the EJB container: called as a plain
 * CDI bean from the portal, the container could not always find the unit.
 */
@Stateless
public class ReferenceData {

    @PersistenceContext
    private EntityManager em;

    public Optional<MemberState> memberState(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(MemberState.class, code));
    }

    public Optional<Mission> mission(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(Mission.class, code));
    }

    public List<MemberState> memberStates() {
        return em.createQuery("select m from MemberState m order by m.name", MemberState.class).getResultList();
    }

    public List<Mission> missions() {
        return em.createQuery("select m from Mission m order by m.code", Mission.class).getResultList();
    }
}
