package un.vra.claims.account;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import un.vra.claims.audit.AuditedCaller;

/**
 * The caller of the current request, read from the container's security context and the account (kept in memory
 * until any account changes, {@link AccountChanges}), never from request parameters. Looked up once per request.
 */
@RequestScoped
public class CurrentCaller implements AuditedCaller.OfTheRequest {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private AccountRepository accounts;

    private Caller caller;

    @Override
    public Caller get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                throw new EJBAccessException("not signed in");
            }
            caller = AccountChanges.active(principal.getName(), accounts::find)
                    .map(AccountChanges.Known::caller)
                    .orElseThrow(() -> new EJBAccessException("no active account"));
        }
        return caller;
    }
}
