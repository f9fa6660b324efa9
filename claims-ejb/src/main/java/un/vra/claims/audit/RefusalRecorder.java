package un.vra.claims.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Records security events in a transaction of their own: a refusal usually ends in an exception that rolls the
 * request's transaction back, and the record of it must stay. Also called from the web tier for HTTP 403s.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RefusalRecorder {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public void record(String username, SecurityEvent.Kind kind, String detail, String remoteAddress) {
        em.persist(new SecurityEvent(
                clock.instant(),
                AuditText.bounded(username, 64),
                kind,
                AuditText.bounded(detail, 300),
                AuditText.bounded(remoteAddress, 64)));
    }

    public void refused(String username, String method, String path, String remoteAddress) {
        record(username, SecurityEvent.Kind.ACCESS_REFUSED, method + " " + path, remoteAddress);
    }
}
