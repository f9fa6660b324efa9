package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import un.vra.claims.account.Role;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.transparency.NewPublication;
import un.vra.claims.transparency.TransparencyService;

/** Publishing the public figures: the VRA administrators freeze them as of a day for the years they choose. */
@Path("publications")
@RequestScoped
@RolesAllowed(Role.ADMIN)
public class PublicationsResource {

    @EJB
    private TransparencyService transparency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response publish(NewPublication request) {
        if (request == null) {
            throw new InvalidInputException("title", "a publication needs a title");
        }
        return Response.status(Response.Status.CREATED)
                .entity(transparency.publish(request))
                .build();
    }
}
