package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import un.vra.claims.account.FocalPointService;
import un.vra.claims.account.FocalPointView;
import un.vra.claims.account.Role;

/** Focal points and deputies per Member State, for VRA administrators. */
@Path("focal-points")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class FocalPointsResource {

    /** Designates a focal point (or a deputy) for a State, with an initial password. */
    public record Designation(
            @NotBlank String username,
            @NotBlank String memberState,
            boolean deputy,
            @NotBlank String initialPassword) {}

    /** Hands a State over from one focal point to another designated for it. */
    public record HandOver(
            @NotBlank String memberState,
            @NotBlank String from,
            @NotBlank String to) {}

    /** Where mails go, and in which language: {@code en} (the default) or {@code fr}; no address, no mail. */
    public record MailContact(
            @Size(max = 254) String email, @Size(max = 2) String language) {}

    @EJB
    private FocalPointService focalPoints;

    @PUT
    @Path("{username}/mail")
    @Consumes(MediaType.APPLICATION_JSON)
    public FocalPointView mail(@PathParam("username") String username, @NotNull @Valid MailContact contact) {
        return focalPoints.mailTo(username, contact.email(), contact.language());
    }

    @PUT
    @Path("missions/{memberState}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response missionContact(@PathParam("memberState") String memberState, @NotNull @Valid MailContact contact) {
        focalPoints.missionContact(memberState, contact.email(), contact.language());
        return Response.noContent().build();
    }

    @GET
    public List<FocalPointView> list(@QueryParam("memberState") String memberState) {
        return focalPoints.list(QueryParams.text(memberState));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response designate(@NotNull @Valid Designation designation) {
        FocalPointView created = focalPoints.designate(
                designation.username(), designation.memberState(), designation.deputy(), designation.initialPassword());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{username}/deactivate")
    @Consumes(MediaType.APPLICATION_JSON)
    public FocalPointView deactivate(@PathParam("username") String username) {
        return focalPoints.deactivate(username);
    }

    @POST
    @Path("hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<FocalPointView> handOver(@NotNull @Valid HandOver handOver) {
        return focalPoints.handOver(handOver.memberState(), handOver.from(), handOver.to());
    }
}
