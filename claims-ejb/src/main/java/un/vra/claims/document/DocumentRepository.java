package un.vra.claims.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import un.vra.claims.claim.Audience;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/** Documents in the database: a claim's documents newest first, paged by the database; bytes only on demand. */
@ApplicationScoped
public class DocumentRepository {

    @PersistenceContext
    private EntityManager em;

    /** Stores the document, then its bytes under the document's new id. */
    public void add(ClaimDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new ClaimDocumentContent(document.id(), content));
        em.flush();
    }

    /** A claim's documents, or only those shared with the Member State, filtered and paged by the database. */
    public PageResult<ClaimDocument> list(long claimId, boolean sharedOnly, PageRequest page) {
        long total = em.createQuery("select count(d) from ClaimDocument d where d.claimId = :claim"
                        + " and d.audience in :audiences", Long.class)
                .setParameter("claim", claimId)
                .setParameter("audiences", audiences(sharedOnly))
                .getSingleResult();
        List<ClaimDocument> items = em.createQuery("select d from ClaimDocument d where d.claimId = :claim"
                        + " and d.audience in :audiences order by d.uploadedAt desc, d.id desc", ClaimDocument.class)
                .setParameter("claim", claimId)
                .setParameter("audiences", audiences(sharedOnly))
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultList();
        return new PageResult<>(total, page.page(), page.size(), items);
    }

    /** The document, if it is one of that claim's (and shared with the State, when {@code sharedOnly}). */
    public Optional<ClaimDocument> find(long claimId, long documentId, boolean sharedOnly) {
        return em.createQuery("select d from ClaimDocument d where d.id = :id and d.claimId = :claim"
                        + " and d.audience in :audiences", ClaimDocument.class)
                .setParameter("id", documentId)
                .setParameter("claim", claimId)
                .setParameter("audiences", audiences(sharedOnly))
                .getResultStream()
                .findFirst();
    }

    private static List<Audience> audiences(boolean sharedOnly) {
        return sharedOnly ? List.of(Audience.SHARED) : List.of(Audience.values());
    }

    public byte[] content(long documentId) {
        return em.find(ClaimDocumentContent.class, documentId).content();
    }
}
