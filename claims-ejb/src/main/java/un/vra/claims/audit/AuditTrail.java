package un.vra.claims.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Appends to the audit trail: reads of personal data in the reader's transaction (no read, no entry), security
 * events in their own. Every entry about one claim is kept under the claim's own reference, as stored, whatever
 * the caller typed; reads that are not about one claim are kept under a name no claim reference can take
 * ({@link #REGISTER}, {@link #DUPLICATE_CHECK}), so that auditors find them with the same search.
 */
@ApplicationScoped
public class AuditTrail {

    /** The reference of the entries for exports of the register: many claims, and no personal data in them. */
    public static final String REGISTER = "REGISTER";

    /** The reference of the entry of each duplicate check, whatever it found. */
    public static final String DUPLICATE_CHECK = "DUPLICATE_CHECK";

    /** The reference of the entry of each publication of the public figures. */
    public static final String PUBLICATION = "PUBLICATION";

    /** The reference of the entries of amounts withheld from a State as a whole, and of what became of them. */
    public static final String WITHHELD = "WITHHELD";
    /** The reference of the entry of each change to the thresholds of the States' rating bands. */
    public static final String RATING_THRESHOLDS = "RATING_THRESHOLDS";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private RequestOrigin origin;

    @Inject
    private RefusalRecorder recorder;

    @Inject
    private CommittedAccessLog committed;

    @Inject
    private Clock clock;

    /** A read of one claim's personal data; {@code reference} is the claim's stored reference. */
    public void personalDataRead(AuditedCaller caller, String reference, String what) {
        em.persist(entry(clock.instant(), caller, reference, what));
    }

    /**
     * A duplicate check answers whether a person is already a claimant, and which claims are hers: one entry for
     * the check with every reference it returned (or none), and one under each returned claim, so that a search
     * for the claim shows who learnt of it this way.
     */
    public void duplicateCheck(AuditedCaller caller, List<String> returned) {
        Instant now = clock.instant();
        em.persist(entry(
                now,
                caller,
                DUPLICATE_CHECK,
                "duplicate check, returned: " + (returned.isEmpty() ? "none" : String.join(", ", returned))));
        for (String reference : returned) {
            em.persist(entry(now, caller, reference, "returned by a duplicate check"));
        }
    }

    /**
     * An export of the register as filtered: one entry for the whole file, committed before its first row is
     * written, since the rows leave while the export's own transaction is still open.
     */
    public void registerExported(AuditedCaller caller, String what) {
        committed.append(entry(clock.instant(), caller, REGISTER, what));
    }

    /** A publication of the public figures, in the publication's own transaction: no publication, no entry. */
    public void figuresPublished(AuditedCaller caller, String what) {
        em.persist(entry(clock.instant(), caller, PUBLICATION, what));
    }

    /**
     * Money withheld from a State, released to it or paid to a claimant, in the recording's own transaction: under
     * the claim's reference when it is about one, else under {@link #WITHHELD}.
     */
    public void moneyRecorded(AuditedCaller caller, String reference, String what) {
        em.persist(entry(clock.instant(), caller, reference == null ? WITHHELD : reference, what));
    }

    /** A change to the thresholds of the rating bands, in the change's own transaction: no change, no entry. */
    public void ratingThresholdsChanged(AuditedCaller caller, String what) {
        em.persist(entry(clock.instant(), caller, RATING_THRESHOLDS, what));
    }

    public void securityEvent(String username, SecurityEvent.Kind kind, String detail, String remoteAddress) {
        recorder.record(username, kind, detail, remoteAddress);
    }

    public void securityEvent(String username, SecurityEvent.Kind kind, String detail) {
        recorder.record(username, kind, detail, origin.remoteAddress());
    }

    private AccessLogEntry entry(Instant when, AuditedCaller caller, String reference, String what) {
        return new AccessLogEntry(
                when, caller.username(), caller.roleName(), reference, what, origin.channel(), origin.remoteAddress());
    }
}
