package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.metrics.AllegationYear;
import un.vra.claims.metrics.BreakdownRow;
import un.vra.claims.metrics.Cohort;
import un.vra.claims.metrics.CohortService;
import un.vra.claims.metrics.ComingMajority;
import un.vra.claims.metrics.MemberStateMetrics;
import un.vra.claims.metrics.MetricsDimension;
import un.vra.claims.metrics.MetricsService;
import un.vra.claims.metrics.MetricsSummary;
import un.vra.claims.metrics.Responsiveness;
import un.vra.claims.metrics.TrendPoint;
import un.vra.claims.shared.PageResult;

/** The measures, as the register stood on {@code asOf} (default today). No personal data. */
@Path("metrics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
public class MetricsResource {

    @EJB
    private MetricsService metrics;

    @EJB
    private CohortService cohorts;

    @GET
    @Path("summary")
    public MetricsSummary summary(@QueryParam("asOf") String asOf, @BeanParam MetricsParams filter) {
        return metrics.summary(QueryParams.date("asOf", asOf), filter.filter());
    }

    @GET
    @Path("member-states")
    public List<MemberStateMetrics> memberStates(@QueryParam("asOf") String asOf, @BeanParam MetricsParams filter) {
        return metrics.memberStates(QueryParams.date("asOf", asOf), filter.filter());
    }

    @GET
    @Path("breakdown")
    public List<BreakdownRow> breakdown(
            @QueryParam("by") String by, @QueryParam("asOf") String asOf, @BeanParam MetricsParams filter) {
        return metrics.breakdown(QueryParams.date("asOf", asOf), MetricsDimension.parse(by), filter.filter());
    }

    @GET
    @Path("trend")
    public List<TrendPoint> trend(@QueryParam("asOf") String asOf, @BeanParam MetricsParams filter) {
        return metrics.trend(QueryParams.date("asOf", asOf), filter.filter());
    }

    /** The allegations by year and the claims they gave (in 2023, 70 allegations gave 93 claims). */
    @GET
    @Path("allegations")
    public List<AllegationYear> allegations(@QueryParam("asOf") String asOf, @BeanParam MetricsParams filter) {
        return metrics.allegations(QueryParams.date("asOf", asOf), filter.filter());
    }

    /** The children of open claims who come of age in the next 24 months, by State. */
    @GET
    @Path("coming-majorities")
    public List<ComingMajority> comingMajorities(@QueryParam("asOf") String asOf) {
        return metrics.comingMajorities(QueryParams.date("asOf", asOf));
    }

    @GET
    @Path("responsiveness")
    public Responsiveness responsiveness(
            @QueryParam("asOf") String asOf, @QueryParam("memberState") String memberState) {
        return metrics.responsiveness(QueryParams.date("asOf", asOf), QueryParams.text(memberState));
    }

    /** The cohorts by year received and their times to resolution, over every State: not for focal points. */
    @GET
    @Path("cohorts")
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
    public PageResult<Cohort> cohorts(
            @QueryParam("asOf") String asOf,
            @QueryParam("by") String by,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("claimType") String claimType,
            @QueryParam("hostCountry") String hostCountry,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return cohorts.cohorts(
                QueryParams.date("asOf", asOf),
                by == null || by.isBlank() ? MetricsDimension.YEAR : MetricsDimension.parse(by),
                from == null || from.isBlank() ? null : QueryParams.number("from", from, 0),
                to == null || to.isBlank() ? null : QueryParams.number("to", to, 0),
                Optional.ofNullable(QueryParams.enumValue(ClaimType.class, "claimType", claimType))
                        .map(ClaimType::name)
                        .orElse(null),
                MetricsParams.country(hostCountry),
                QueryParams.page(page, size));
    }
}
