package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.LocalDate;
import java.util.ResourceBundle;
import un.vra.claims.account.Role;
import un.vra.claims.export.ExportFormat;
import un.vra.claims.export.RatingsExport;
import un.vra.claims.metrics.RatingDistribution;
import un.vra.claims.metrics.RatingService;
import un.vra.claims.metrics.RatingSort;
import un.vra.claims.metrics.RatingThresholds;
import un.vra.claims.metrics.StateRating;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.PageResult;

/**
 * Every State's responsiveness and rating band for the task force; the distribution of the bands (with its own
 * band) for a focal point; the thresholds of the bands, set by the VRA administrators.
 */
@Path("ratings")
@RequestScoped
public class RatingsResource {

    @EJB
    private RatingService ratings;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
    public PageResult<StateRating> list(
            @QueryParam("asOf") String asOf,
            @QueryParam("sort") String sort,
            @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return ratings.ratings(QueryParams.date("asOf", asOf), RatingSort.parse(sort), QueryParams.page(page, size));
    }

    @GET
    @Path("export")
    @Produces({
        "text/csv",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/pdf",
        MediaType.APPLICATION_JSON
    })
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
    public Response export(
            @QueryParam("asOf") String asOf,
            @QueryParam("sort") String sort,
            @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        ExportFormat chosen = ExportFormat.parse(format == null ? "csv" : format);
        LocalDate day = QueryParams.date("asOf", asOf);
        Iterable<StateRating> rows = ratings.all(day, RatingSort.parse(sort));
        ResourceBundle texts = Texts.of(headers);
        String title = texts.getString("ratings.heading") + (day == null ? "" : " — " + day);
        StreamingOutput file = out -> RatingsExport.write(chosen, title, rows, texts, out);
        return Response.ok(file, chosen.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + chosen.fileName("ratings") + "\"")
                .cacheControl(ClaimsResource.noStore())
                .build();
    }

    @GET
    @Path("bands")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
    public RatingDistribution bands(@QueryParam("asOf") String asOf) {
        return ratings.distribution(QueryParams.date("asOf", asOf));
    }

    @GET
    @Path("thresholds")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
    public RatingThresholds thresholds() {
        return ratings.thresholds();
    }

    @PUT
    @Path("thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    public RatingThresholds changeThresholds(RatingThresholds requested) {
        if (requested == null) {
            throw new InvalidInputException("acknowledgedResponsiveFrom", "the thresholds are required");
        }
        return ratings.changeThresholds(requested);
    }
}
