package un.vra.claims.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * An account as administrators see it; never the password hash nor the second factor's secret. {@code demo}: the
 * published demo password alone; {@code secondFactor}: an authenticator is enrolled; {@code passwordChangeRequired}:
 * the password was issued and not changed yet.
 */
public record AccountView(
        String username,
        Role role,
        String memberState,
        boolean active,
        Instant createdAt,
        Instant deactivatedAt,
        boolean demo,
        boolean secondFactor,
        boolean passwordChangeRequired)
        implements Serializable {

    static AccountView of(Account account) {
        return new AccountView(
                account.username(),
                account.role(),
                account.memberState(),
                account.isActive(),
                account.createdAt(),
                account.deactivatedAt(),
                account.isDemo(),
                account.hasSecondFactor(),
                account.isPasswordChangeRequired());
    }
}
