package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import un.vra.claims.account.Role;
import un.vra.claims.trustfund.TrustFundFilter;
import un.vra.claims.trustfund.TrustFundService;

/** The Trust Fund's interim assistance, totalled: the VRA and the task force only; never a focal point. */
@Path("trust-fund")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
public class TrustFundResource {

    @EJB
    private TrustFundService trustFund;

    @GET
    @Path("totals")
    public Response totals(
            @QueryParam("year") String year,
            @QueryParam("memberState") String memberState,
            @QueryParam("mission") String mission,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        int paidIn = QueryParams.number("year", year, 0);
        return Response.ok(trustFund.totals(
                        new TrustFundFilter(
                                paidIn == 0 ? null : paidIn, QueryParams.text(memberState), QueryParams.text(mission)),
                        QueryParams.page(page, size)))
                .cacheControl(ClaimsResource.noStore())
                .build();
    }
}
