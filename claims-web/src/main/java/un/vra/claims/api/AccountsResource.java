package un.vra.claims.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import un.vra.claims.account.AccountService;
import un.vra.claims.account.AccountView;

/**
 * A VRA administrator's help to any account holder, focal points included: a new password (to be changed at the
 * next sign-in), or a reset of a lost second factor (a new one is enrolled at the next sign-in; API tokens are
 * revoked). Both take JSON only, so that no form of another site can send them.
 */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    /** The password the holder signs in with next, and must change then. */
    public record PasswordReset(@NotNull @Size(max = 1024) String initialPassword) {}

    @EJB
    private AccountService accounts;

    @POST
    @Path("{username}/password-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView resetPassword(@PathParam("username") String username, @NotNull @Valid PasswordReset reset) {
        return accounts.resetPassword(username, reset.initialPassword());
    }

    @POST
    @Path("{username}/second-factor-reset")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView resetSecondFactor(@PathParam("username") String username) {
        return accounts.resetSecondFactor(username);
    }
}
