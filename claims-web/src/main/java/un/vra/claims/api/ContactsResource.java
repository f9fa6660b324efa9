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
 * A claim's contact log with the claimant: UN only. Focal points pass the role check only for the service to
 * answer 404, as for a claim they may not see; the task force and auditors are refused by role. Entries are
 * only ever added, so no {@code If-Match}: a contact changes nothing another person could have seen.
 */
@Path("claims/{reference}/contacts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class ContactsResource {

    @EJB
    private ContactLogService contactLog;

    @GET
    public Response list(
            @PathParam("reference") String reference,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return Response.ok(contactLog.contacts(reference, QueryParams.page(page, size)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("reference") String reference, ContactRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(contactLog.recordContact(reference, ContactRequest.toNewContact(request)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }
}
