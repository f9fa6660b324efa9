package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import un.vra.claims.account.Role;
import un.vra.claims.metrics.MeasureService;

/**
 * The maintained measures (issue 13), for VRA administrators: rebuild them from the claims' state periods, and
 * check that they have not drifted from them.
 */
@Path("admin/aggregates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class AggregatesResource {

    @EJB
    private MeasureService measures;

    /** Writes every maintained row anew from the state periods, in one transaction; the figures stay exact meanwhile. */
    @POST
    @Path("rebuild")
    public MeasureService.Rebuild rebuild() {
        return measures.rebuild();
    }

    /** The stored rows that differ from the periods, and the figures as of {@code asOf} that differ from a count. */
    @GET
    @Path("drift")
    public MeasureService.Drift drift(@QueryParam("asOf") String asOf, @QueryParam("memberState") String memberState) {
        return measures.drift(QueryParams.date("asOf", asOf), QueryParams.text(memberState));
    }
}
