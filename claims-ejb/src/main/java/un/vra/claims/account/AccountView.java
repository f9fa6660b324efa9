package un.vra.claims.account;

import java.io.Serializable;
import java.time.Instant;

/** An account as administrators see it; never the password hash. */
public record AccountView(String username, Role role, String memberState, boolean active, Instant createdAt,
                          Instant deactivatedAt) implements Serializable {

    static AccountView of(Account account) {
        return new AccountView(account.username(), account.role(), account.memberState(), account.isActive(),
                account.createdAt(), account.deactivatedAt());
    }
}
