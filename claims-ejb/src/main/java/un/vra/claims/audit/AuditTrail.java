package un.vra.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import un.vra.claims.account.Caller;

/** Appends to the audit trail: reads of personal data in the reader's transaction, security events in their own. */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestOrigin origin;

    @Inject
    private RefusalRecorder recorder;

    @Inject
    private Clock clock;

    public void personalDataRead(Caller caller, String reference, String what) {
        em.persist(new AccessLogEntry(clock.instant(), caller.username(), caller.role().name(), reference, what,
                origin.channel(), origin.remoteAddress()));
    }

    public void securityEvent(String username, SecurityEvent.Kind kind, String detail, String remoteAddress) {
        recorder.record(username, kind, detail, remoteAddress);
    }

    public void securityEvent(String username, SecurityEvent.Kind kind, String detail) {
        recorder.record(username, kind, detail, origin.remoteAddress());
    }
}
