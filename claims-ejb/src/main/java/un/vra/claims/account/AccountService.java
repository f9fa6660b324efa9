package un.vra.claims.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The VRA administrator's accounts: officers, administrators, the task force and auditors. Focal points are
 * designated per State through {@link FocalPointService}. Nobody can deactivate their own account, so the
 * office is never locked out by a slip; every change is a security event.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AccountService {

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    public PageResult<AccountView> list(Role role, PageRequest page) {
        PageResult<Account> found = accounts.page(role, page);
        return new PageResult<>(found.total(), found.page(), found.size(),
                found.items().stream().map(AccountView::of).toList());
    }

    public AccountView create(String username, Role role, String initialPassword) {
        if (role == null || role == Role.FOCAL_POINT) {
            throw new InvalidInputException("role", "choose a role; focal points are designated for their State");
        }
        NewAccountRules.check(accounts, username, initialPassword);
        Account account = new Account(username, hasher.hash(initialPassword.toCharArray()), role, null,
                clock.instant());
        accounts.add(account);
        changed("created " + username + " as " + role);
        return AccountView.of(account);
    }

    public AccountView deactivate(String username) {
        if (username.equals(currentCaller.get().username())) {
            throw new InvalidInputException("username", "you cannot deactivate your own account");
        }
        Account account = accounts.find(username).orElseThrow(() -> new NotFoundException("no account " + username));
        account.deactivate(clock.instant());
        changed("deactivated " + username);
        return AccountView.of(account);
    }

    private void changed(String what) {
        audit.securityEvent(currentCaller.get().username(), SecurityEvent.Kind.ACCOUNT_CHANGED, what);
    }
}
