package un.vra.claims.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import un.vra.claims.claim.Actor;
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

    /** Which of a claim's documents a reader may see. */
    public enum Visible {
        /** Every one: the UN. */
        ALL,
        /** Those shared with the State, whoever attached them. */
        SHARED,
        /** Those the State attached itself, and the notes verbales addressed to it. */
        SHARED_BY_THE_STATE
    }

    /** The State's side reads what it attached itself and the notes verbales addressed to it, whatever else. */
    private static final String VISIBLE = " and d.audience in :audiences"
            + " and (:anyone = true or d.uploadedByRole = :state or d.noteVerbaleNumber is not null)";

    /** A claim's documents a reader may see, filtered and paged by the database. */
    public PageResult<ClaimDocument> list(long claimId, Visible visible, PageRequest page) {
        return page.read(
                visible(
                                em.createQuery(
                                        "select count(d) from ClaimDocument d where d.claimId = :claim" + VISIBLE,
                                        Long.class),
                                visible)
                        .setParameter("claim", claimId),
                visible(
                                em.createQuery(
                                        "select d from ClaimDocument d where d.claimId = :claim" + VISIBLE
                                                + " order by d.uploadedAt desc, d.id desc",
                                        ClaimDocument.class),
                                visible)
                        .setParameter("claim", claimId),
                ClaimDocument.class);
    }

    /** The document, if it is one of that claim's that the reader may see. */
    public Optional<ClaimDocument> find(long claimId, long documentId, Visible visible) {
        return visible(
                        em.createQuery(
                                "select d from ClaimDocument d where d.id = :id and d.claimId = :claim" + VISIBLE,
                                ClaimDocument.class),
                        visible)
                .setParameter("id", documentId)
                .setParameter("claim", claimId)
                .getResultStream()
                .findFirst();
    }

    private static <T> TypedQuery<T> visible(TypedQuery<T> query, Visible visible) {
        return query.setParameter(
                        "audiences", visible == Visible.ALL ? List.of(Audience.values()) : List.of(Audience.SHARED))
                .setParameter("anyone", visible != Visible.SHARED_BY_THE_STATE)
                .setParameter("state", Actor.MEMBER_STATE_ROLE);
    }

    public byte[] content(long documentId) {
        return em.find(ClaimDocumentContent.class, documentId).content();
    }
}
