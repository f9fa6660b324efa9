package un.vra.claims.account;

import java.io.Serializable;
import java.time.Instant;

/**
 * A focal point or deputy as administrators see it, with where its reminders go; never the password hash.
 */
public record FocalPointView(
        String username,
        String memberState,
        boolean deputy,
        boolean active,
        Instant deactivatedAt,
        String email,
        String language)
        implements Serializable {

    static FocalPointView of(Account account) {
        return new FocalPointView(
                account.username(),
                account.memberState(),
                account.isDeputy(),
                account.isActive(),
                account.deactivatedAt(),
                account.email(),
                account.language());
    }
}
