package un.vra.claims.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recovery code of an account's second factor, as its digest: usable once, instead of a code from the app. */
@Entity
@Table(name = "account_recovery_code")
public class RecoveryCode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private Long accountId;

    @Column(name = "code_hash", nullable = false, updatable = false)
    private String codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "discarded_at")
    private Instant discardedAt;

    protected RecoveryCode() {}

    RecoveryCode(Long accountId, String codeHash, Instant createdAt) {
        this.accountId = accountId;
        this.codeHash = codeHash;
        this.createdAt = createdAt;
    }
}
