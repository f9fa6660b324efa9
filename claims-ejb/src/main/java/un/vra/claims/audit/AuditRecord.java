package un.vra.claims.audit;

import java.io.Serializable;
import java.time.Instant;

/** The audit trail's entries as auditors read them. */
public final class AuditRecord {

    private AuditRecord() {}

    /** A read of personal data. */
    public record Access(
            Instant occurredAt,
            String username,
            String role,
            String reference,
            String what,
            String channel,
            String remoteAddress)
            implements Serializable {}

    /** A sign-in attempt or a refusal. */
    public record Security(
            Instant occurredAt, String username, SecurityEvent.Kind kind, String detail, String remoteAddress)
            implements Serializable {}
}
