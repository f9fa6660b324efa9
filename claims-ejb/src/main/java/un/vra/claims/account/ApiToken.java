package un.vra.claims.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * A personal API token of an account with a second factor, as its digest: the token itself exists only in the
 * answer that created it. Revoked tokens keep their row, so the owner sees what existed and when it was used.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    /** Writing the last use on every request would turn each API read into a write; once a minute is enough. */
    private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(nullable = false, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {}

    ApiToken(Account account, String name, String tokenHash, Instant createdAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** Whether this use was worth writing down (the first in a minute). */
    boolean used(Instant at) {
        if (lastUsedAt == null || lastUsedAt.plus(LAST_USE_PRECISION).isBefore(at)) {
            lastUsedAt = at;
            return true;
        }
        return false;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    Account account() {
        return account;
    }

    String name() {
        return name;
    }

    ApiTokenView toView() {
        return new ApiTokenView(id, name, createdAt, lastUsedAt, revokedAt);
    }
}
