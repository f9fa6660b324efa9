package un.vra.claims.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import un.vra.claims.account.OwnAccountService;

/**
 * The caller's own account: changing the password, which is also the one call an account may make before it has
 * changed a password issued to it. A session the call came with ends at its next request: the next call signs in
 * again, with the new password.
 */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    /** The current password, and the new one (12 characters or more, not common, not containing the user name). */
    public record PasswordChange(
            @NotNull @Size(max = 1024) String currentPassword,
            @NotNull @Size(max = 1024) String newPassword) {}

    /** Where reminders go ({@code email}, none for none), their language ({@code en} or {@code fr}), a digest. */
    public record MailChoice(
            @Size(max = 254) String email, @Size(max = 2) String language, boolean weeklyDigest) {}

    @EJB
    private OwnAccountService ownAccount;

    @GET
    @Path("mail")
    public OwnAccountService.MailSettings mail() {
        return ownAccount.mailSettings();
    }

    @PUT
    @Path("mail")
    @Consumes(MediaType.APPLICATION_JSON)
    public OwnAccountService.MailSettings chooseMail(@NotNull @Valid MailChoice choice) {
        return ownAccount.chooseMail(choice.email(), choice.language(), choice.weeklyDigest());
    }

    @POST
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(@NotNull @Valid PasswordChange change) {
        ownAccount.changePassword(change.currentPassword(), change.newPassword());
        return Response.noContent().build();
    }
}
