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
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.withholding.LedgerFilter;
import un.vra.claims.withholding.WithholdingService;

/**
 * Reimbursements withheld from the States (para 55): the VRA records, releases and pays them; the ledger per State
 * is also open to the task force and, for its own State only, to a focal point. Entries are only ever added.
 */
@Path("withheld-reimbursements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN})
public class WithheldReimbursementsResource {

    @EJB
    private WithholdingService withholding;

    @GET
    public Response list(
            @QueryParam("memberState") String memberState,
            @QueryParam("claim") String claim,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return noStore(withholding.withholdings(
                QueryParams.text(memberState), QueryParams.text(claim), QueryParams.page(page, size)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withhold(WithholdingRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(withholding.withhold(WithholdingRequest.toNewWithholding(request)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    @GET
    @Path("{id}/disposals")
    public Response disposals(
            @PathParam("id") String id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return noStore(withholding.disposals(id(id), QueryParams.page(page, size)));
    }

    @POST
    @Path("{id}/disposals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response dispose(@PathParam("id") String id, DisposalRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(withholding.dispose(id(id), DisposalRequest.toNewDisposal(request)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    @GET
    @Path("ledger")
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
    public Response ledger(
            @QueryParam("memberState") String memberState,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return noStore(
                withholding.ledger(LedgerFilter.of(QueryParams.text(memberState)), QueryParams.page(page, size)));
    }

    private static Response noStore(Object body) {
        return Response.ok(body).cacheControl(ClaimsResource.noStore()).build();
    }

    /** The id in the path; anything but a number names no amount withheld. */
    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("no amount withheld #" + id);
        }
    }
}
