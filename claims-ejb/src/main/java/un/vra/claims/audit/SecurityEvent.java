package un.vra.claims.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in attempt (or a count of throttled ones), a sign-out, a request the application refused to a signed-in
 * person, a change to an account or its credentials, an auditor's search of the audit trail, an account stopped
 * for asking too often, or a step of the encryption keys' management (a rotation started, each of its batches, its
 * end; a key retired).
 */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    /** What happened. */
    public enum Kind {
        SIGN_IN_SUCCESS,
        SIGN_IN_FAILURE,
        SIGN_IN_THROTTLED,
        ACCESS_REFUSED,
        OTHER_STATE_REFUSED,
        ACCOUNT_CHANGED,
        SIGN_OUT,
        PASSWORD_CHANGED,
        SECOND_FACTOR_ENROLLED,
        RECOVERY_CODE_USED,
        TOKEN_CREATED,
        TOKEN_REVOKED,
        AUDIT_SEARCH,
        RATE_LIMITED,
        ENCRYPTION_KEYS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(updatable = false)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Kind kind;

    @Column(updatable = false)
    private String detail;

    @Column(name = "remote_address", updatable = false)
    private String remoteAddress;

    protected SecurityEvent() {}

    SecurityEvent(Instant occurredAt, String username, Kind kind, String detail, String remoteAddress) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.kind = kind;
        this.detail = detail;
        this.remoteAddress = remoteAddress;
    }

    AuditRecord.Security toRecord() {
        return new AuditRecord.Security(occurredAt, username, kind, detail, remoteAddress);
    }
}
