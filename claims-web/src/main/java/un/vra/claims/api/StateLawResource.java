package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import un.vra.claims.account.Role;
import un.vra.claims.statelaw.StateLawService;
import un.vra.claims.statelaw.StateLawView;

/**
 * The registry of national law, one entry per Member State: read by the VRA for every State and by a focal point
 * for its own (another's is not found), changed by the VRA's administrators with the version they saw as If-Match.
 */
@Path("member-states/{code}/law")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL})
public class StateLawResource {

    @EJB
    private StateLawService registry;

    @GET
    public Response entry(@PathParam("code") String code) {
        return versioned(registry.entry(code));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public Response revise(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            StateLawRequest request) {
        long seen = IfMatch.version(ifMatch, "the entry");
        return versioned(registry.revise(code, seen, StateLawRequest.toLawEntry(request)));
    }

    @GET
    @Path("history")
    public Response history(
            @PathParam("code") String code, @QueryParam("page") String page, @QueryParam("size") String size) {
        return Response.ok(registry.history(code, QueryParams.page(page, size)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    private static Response versioned(StateLawView entry) {
        return Response.ok(entry)
                .tag(new EntityTag(String.valueOf(entry.version())))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }
}
