package un.vra.claims.account;

import java.io.Serializable;
import java.time.Instant;

/** A personal API token as its owner sees it in the list: never the token. */
public record ApiTokenView(Long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
        implements Serializable {

    public boolean isActive() {
        return revokedAt == null;
    }
}
