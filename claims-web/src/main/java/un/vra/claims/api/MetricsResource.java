package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import un.vra.claims.account.Role;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.metrics.BreakdownRow;
import un.vra.claims.metrics.Cohort;
import un.vra.claims.metrics.CohortService;
import un.vra.claims.metrics.ComingMajority;
import un.vra.claims.metrics.MemberStateMetrics;
import un.vra.claims.metrics.MetricsDimension;
import un.vra.claims.metrics.MetricsFilter;
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
    public MetricsSummary summary(
            @QueryParam("asOf") String asOf,
            @QueryParam("memberState") String memberState,
            @QueryParam("mission") List<String> missions,
            @QueryParam("category") String category,
            @QueryParam("receivedFrom") String receivedFrom,
            @QueryParam("receivedTo") String receivedTo) {
        PersonnelCategory personnel = QueryParams.enumValue(PersonnelCategory.class, "category", category);
        return metrics.summary(
                QueryParams.date("asOf", asOf),
                new MetricsFilter(
                        QueryParams.text(memberState),
                        missions == null
                                ? List.of()
                                : missions.stream()
                                        .map(QueryParams::text)
                                        .filter(Objects::nonNull)
                                        .toList(),
                        personnel == null ? null : personnel.name(),
                        QueryParams.date("receivedFrom", receivedFrom),
                        QueryParams.date("receivedTo", receivedTo)));
    }

    @GET
    @Path("member-states")
    public List<MemberStateMetrics> memberStates(@QueryParam("asOf") String asOf) {
        return metrics.memberStates(QueryParams.date("asOf", asOf));
    }

    @GET
    @Path("breakdown")
    public List<BreakdownRow> breakdown(@QueryParam("by") String by, @QueryParam("asOf") String asOf) {
        return metrics.breakdown(QueryParams.date("asOf", asOf), MetricsDimension.parse(by));
    }

    @GET
    @Path("trend")
    public List<TrendPoint> trend(@QueryParam("asOf") String asOf) {
        return metrics.trend(QueryParams.date("asOf", asOf));
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
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return cohorts.cohorts(
                QueryParams.date("asOf", asOf),
                by == null || by.isBlank() ? MetricsDimension.YEAR : MetricsDimension.parse(by),
                from == null || from.isBlank() ? null : QueryParams.number("from", from, 0),
                to == null || to.isBlank() ? null : QueryParams.number("to", to, 0),
                QueryParams.page(page, size));
    }
}
