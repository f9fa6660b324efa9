package un.vra.claims.account;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import un.vra.claims.audit.AuditedCaller;

/**
 * The caller of the current request, read from the container's security context and the account table,
 * never from request parameters. Looked up once per request.
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
            Account account = accounts.find(principal.getName())
                    .filter(Account::isActive)
                    .orElseThrow(() -> new EJBAccessException("no active account"));
            caller = new Caller(account.username(), account.role(), account.memberState());
        }
        return caller;
    }
}
