package un.vra.claims.api;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import un.vra.claims.export.PublicFiguresCsv;
import un.vra.claims.transparency.PublicBreakdown;
import un.vra.claims.transparency.PublicLabels;
import un.vra.claims.transparency.PublicationView;
import un.vra.claims.transparency.PublishedFigures;
import un.vra.claims.transparency.TransparencyService;

/**
 * The published figures, open to anyone without signing in: the newest publication unless {@code publication}
 * names another, by State unless {@code breakdown=MISSION}, as JSON or CSV, with the rules they were suppressed by.
 */
@Path("public")
@RequestScoped
@PermitAll
public class PublicFiguresResource {

    @EJB
    private TransparencyService transparency;

    @GET
    @Path("publications")
    @Produces(MediaType.APPLICATION_JSON)
    public List<PublicationView> publications() {
        return transparency.publications();
    }

    @GET
    @Path("figures")
    @Produces(MediaType.APPLICATION_JSON)
    public PublicFiguresBody figures(
            @QueryParam("publication") String publication,
            @QueryParam("breakdown") String breakdown,
            @Context HttpHeaders headers) {
        PublishedFigures figures = read(publication, breakdown);
        ResourceBundle texts = Texts.of(headers);
        return PublicFiguresBody.of(figures, PublicLabels.rules(texts), new PublicLabels(texts, figures)::area);
    }

    @GET
    @Path("figures.csv")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response csv(
            @QueryParam("publication") String publication,
            @QueryParam("breakdown") String breakdown,
            @Context HttpHeaders headers) {
        PublishedFigures figures = read(publication, breakdown);
        ResourceBundle texts = Texts.of(headers);
        StreamingOutput file = out -> PublicFiguresCsv.write(figures, texts, out);
        return Response.ok(file, "text/csv")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"paternity-claims-"
                                + figures.publication().asOf() + "-"
                                + figures.breakdown().name().toLowerCase(Locale.ROOT) + ".csv\"")
                .build();
    }

    private PublishedFigures read(String publication, String breakdown) {
        int id = QueryParams.number("publication", publication, 0);
        PublicBreakdown by = QueryParams.enumValue(PublicBreakdown.class, "breakdown", breakdown);
        return transparency.figures(id <= 0 ? null : (long) id, by == null ? PublicBreakdown.MEMBER_STATE : by);
    }
}
