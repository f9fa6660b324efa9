package un.vra.claims.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;

/**
 * Checks a user name and password for the sign-in mechanism of both web modules, and records every attempt.
 * An unknown or inactive user costs the same hash computation as a known one and gets the same answer, so
 * neither the answer nor its timing tells which accounts exist. Repeated failures are throttled per account
 * (after 5, up to 5 minutes between attempts) and per client address (after 20 by default,
 * {@code claims.signin.address-free-failures}).
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class AccountAuthentication {

    private final SignInThrottle perAccount = new SignInThrottle(5, Duration.ofMinutes(5));
    private SignInThrottle perAddress;

    @Inject
    @ConfigProperty(name = "claims.signin.address-free-failures", defaultValue = "20")
    private int addressFreeFailures;

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private String decoyHash;

    @PostConstruct
    void prepare() {
        decoyHash = hasher.hash("decoy password for unknown users".toCharArray());
        perAddress = new SignInThrottle(addressFreeFailures, Duration.ofMinutes(5));
    }

    public Optional<SignedIn> authenticate(String username, char[] password, String remoteAddress) {
        Instant now = clock.instant();
        String address = remoteAddress == null ? "unknown" : remoteAddress;
        if (perAccount.blocked(username, now) || perAddress.blocked(address, now)) {
            audit.securityEvent(username, SecurityEvent.Kind.SIGN_IN_THROTTLED, "too many failed attempts",
                    remoteAddress);
            return Optional.empty();
        }
        Optional<Account> account = accounts.find(username).filter(Account::isActive);
        String hash = account.map(Account::passwordHash).orElse(decoyHash);
        boolean matches = hasher.verify(password, hash);
        Optional<SignedIn> signedIn = account.filter(a -> matches).map(a -> new SignedIn(a.username(), a.role()));
        if (signedIn.isPresent()) {
            perAccount.succeeded(username);
            audit.securityEvent(username, SecurityEvent.Kind.SIGN_IN_SUCCESS, null, remoteAddress);
        } else {
            perAccount.failed(username, now);
            perAddress.failed(address, now);
            audit.securityEvent(username, SecurityEvent.Kind.SIGN_IN_FAILURE, null, remoteAddress);
        }
        return signedIn;
    }

    /** Whether a signed-in session may go on: the account still exists and is active. */
    public boolean stillActive(String username) {
        return accounts.find(username).filter(Account::isActive).isPresent();
    }

    /** Who signed in, and the one group (role) they hold. */
    public record SignedIn(String username, Role role) {
    }
}
