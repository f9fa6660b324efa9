package un.vra.claims.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One read of a claim's personal data: who, when, which claim, what, and from where. */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String username;

    @Column(nullable = false, updatable = false)
    private String role;

    @Column(nullable = false, updatable = false)
    private String reference;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(nullable = false, updatable = false)
    private String channel;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    protected AccessLogEntry() {}

    AccessLogEntry(
            Instant occurredAt,
            String username,
            String role,
            String reference,
            String what,
            String channel,
            String remoteAddress) {
        this.occurredAt = occurredAt;
        this.username = AuditText.bounded(username, 64);
        this.role = role;
        this.reference = reference;
        this.what = AuditText.bounded(what, 200);
        this.channel = channel;
        this.remoteAddress = AuditText.bounded(remoteAddress, 64);
    }

    AuditRecord.Access toRecord() {
        return new AuditRecord.Access(occurredAt, username, role, reference, what, channel, remoteAddress);
    }
}
