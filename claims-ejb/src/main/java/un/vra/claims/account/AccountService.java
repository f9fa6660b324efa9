package un.vra.claims.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The VRA administrator's accounts: officers, administrators, the task force and auditors. Focal points are
 * designated per State through {@link FocalPointService}. Nobody can deactivate their own account, so the
 * office is never locked out by a slip; every change is a security event. An administrator issues passwords
 * (the holder must change them at the next sign-in) and resets a lost second factor (the holder enrols a new one
 * at the next sign-in, and the account's API tokens are revoked), for any account, focal points included.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private ApiTokens tokens;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public PageResult<AccountView> list(Role role, PageRequest page) {
        PageResult<Account> found = accounts.page(role, page);
        return new PageResult<>(
                found.total(),
                found.page(),
                found.size(),
                found.items().stream().map(AccountView::of).toList());
    }

    public AccountView create(String username, Role role, String initialPassword) {
        if (role == null || role == Role.FOCAL_POINT) {
            throw new InvalidInputException("role", "choose a role; focal points are designated for their State");
        }
        NewAccountRules.check(accounts, username, initialPassword);
        Account account =
                new Account(username, hasher.hash(initialPassword.toCharArray()), role, null, clock.instant());
        accounts.add(account);
        changed("created " + username + " as " + role);
        return AccountView.of(account);
    }

    public AccountView deactivate(String username) {
        Account account = othersAccount(username, "you cannot deactivate your own account");
        account.deactivate(clock.instant());
        changed("deactivated " + account.username());
        return AccountView.of(account);
    }

    public AccountView resetPassword(String username, String initialPassword) {
        Account account = accounts.find(username).orElseThrow(() -> new NotFoundException("no account " + username));
        PasswordPolicy.check("initialPassword", account.username(), initialPassword);
        account.issuePassword(hasher.hash(initialPassword.toCharArray()), clock.instant());
        changed("issued a new password to " + account.username());
        return AccountView.of(account);
    }

    public AccountView resetSecondFactor(String username) {
        Account account = othersAccount(username, "another administrator resets your own second factor");
        Instant now = clock.instant();
        account.resetSecondFactor(now);
        recoveryCodes.discardAll(account.id(), now);
        tokens.revokeAll(account, now);
        changed("reset the second factor of " + account.username() + " and revoked its API tokens");
        return AccountView.of(account);
    }

    private Account othersAccount(String username, String ownRefusal) {
        Account account = accounts.find(username).orElseThrow(() -> new NotFoundException("no account " + username));
        if (account.username().equals(currentCaller.get().username())) {
            throw new InvalidInputException("username", ownRefusal);
        }
        return account;
    }

    private void changed(String what) {
        audit.securityEvent(currentCaller.get().username(), SecurityEvent.Kind.ACCOUNT_CHANGED, what);
    }
}
