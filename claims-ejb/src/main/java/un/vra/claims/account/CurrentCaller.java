package un.vra.claims.account;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import un.vra.claims.audit.AuditedCaller;

/**
 * The caller of the current request, read from the container's security context and the account (kept in memory
 * until any account changes, {@link AccountChanges}), never from request parameters. Looked up once per request.
 *
 * <p>The principal is CDI's built-in bean, which asks the container's own security context. Jakarta Security's
 * {@code SecurityContext.getCallerPrincipal()} (Soteria) first probes for other servers' classes with
 * {@code Class.forName} on each call, under the application's class loader lock: with 32 clients reading claims,
 * the request threads together waited 130 s for that lock during a 30-second JFR recording. Without it, the same
 * load read twice as many claims a second.
 */
@RequestScoped
public class CurrentCaller implements AuditedCaller.OfTheRequest {

    @Inject
    private Principal principal;

    @Inject
    private AccountRepository accounts;

    private Caller caller;

    @Override
    public Caller get() {
        if (caller == null) {
            String name = principal == null ? null : principal.getName();
            if (name == null || !UserNames.possible(UserNames.canonical(name))) {
                throw new EJBAccessException("not signed in");
            }
            caller = AccountChanges.active(name, accounts::find)
                    .map(AccountChanges.Known::caller)
                    .orElseThrow(() -> new EJBAccessException("no active account"));
        }
        return caller;
    }
}
