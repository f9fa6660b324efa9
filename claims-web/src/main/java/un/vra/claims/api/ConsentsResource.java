package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import un.vra.claims.account.Role;
import un.vra.claims.contact.ContactLogService;

/**
 * The consents the claimant gave or withdrew, and where each stands: UN only, like the contact log
 * ({@link ContactsResource}); append-only, so no {@code If-Match}.
 */
@Path("claims/{reference}/consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class ConsentsResource {

    @EJB
    private ContactLogService contactLog;

    @GET
    public Response list(
            @PathParam("reference") String reference,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Response.ok(contactLog.consents(reference, QueryParams.page(page, size)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("reference") String reference, ConsentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(contactLog.recordConsent(reference, ConsentRequest.toNewConsent(request)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }
}
