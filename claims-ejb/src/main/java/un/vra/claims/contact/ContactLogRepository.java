package un.vra.claims.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** Contacts and consent records in the database: added, and read a claim's page at a time, newest first. */
@ApplicationScoped
public class ContactLogRepository {

    @PersistenceContext
    private EntityManager em;

    /** Stores a new contact or consent record, which then has its id. */
    void add(Object entry) {
        em.persist(entry);
        em.flush();
    }

    PageResult<ClaimantContact> contacts(long claimId, PageRequest page) {
        return page(ClaimantContact.class, "e.contactedOn", claimId, page);
    }

    PageResult<ClaimantConsent> consents(long claimId, PageRequest page) {
        return page(ClaimantConsent.class, "e.decidedOn", claimId, page);
    }

    /** One page of a claim's entries of a kind, the latest day first and, on a day, the latest recorded first. */
    private <T> PageResult<T> page(Class<T> type, String day, long claimId, PageRequest page) {
        String entity = type.getSimpleName();
        return page.read(
                em.createQuery("select count(e) from " + entity + " e where e.claimId = :claim", Long.class)
                        .setParameter("claim", claimId),
                em.createQuery(
                                "select e from " + entity + " e where e.claimId = :claim order by " + day
                                        + " desc, e.id desc",
                                type)
                        .setParameter("claim", claimId),
                type);
    }
}
