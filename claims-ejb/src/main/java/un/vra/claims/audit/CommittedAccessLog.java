package un.vra.claims.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Appends to the access log in a transaction of its own, committed before the caller goes on. For reads whose
 * data leave while the reader's transaction still runs (a streamed export): when the client stops reading
 * halfway, the reader's transaction rolls back, and the record of what was already sent must stay.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class CommittedAccessLog {

    @PersistenceContext
    private EntityManager em;

    public void append(AccessLogEntry entry) {
        em.persist(entry);
    }
}
