package un.vra.claims.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Checks a user name and password for the sign-in mechanisms of both web modules. An unknown or inactive
 * user costs the same hash computation as a known one, so the answer's timing does not tell which
 * accounts exist.
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class AccountAuthentication {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    private String decoyHash;

    @PostConstruct
    void prepareDecoy() {
        decoyHash = hasher.hash("decoy password for unknown users".toCharArray());
    }

    public Optional<SignedIn> authenticate(String username, char[] password) {
        Optional<Account> account = accounts.find(username).filter(Account::isActive);
        String hash = account.map(Account::passwordHash).orElse(decoyHash);
        boolean matches = hasher.verify(password, hash);
        return account.filter(a -> matches).map(a -> new SignedIn(a.username(), a.role()));
    }

    /** Who signed in, and the one group (role) they hold. */
    public record SignedIn(String username, Role role) {
    }
}
