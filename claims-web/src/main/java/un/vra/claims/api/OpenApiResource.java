package un.vra.claims.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;

/**
 * The API's OpenAPI document, to signed-in callers only (every path under {@code /api} needs an account). It
 * lies beside this class rather than in {@code META-INF/openapi.yaml}, where Payara's own {@code /openapi}
 * would publish it to anyone unless the domain switches that endpoint off.
 */
@Path("openapi")
@RequestScoped
public class OpenApiResource {

    private static final String DOCUMENT = "openapi.yaml";

    /** The document as written, in YAML whatever the client accepts: it exists in no other form. */
    @GET
    @Produces(MediaType.WILDCARD)
    public Response document() {
        InputStream yaml = OpenApiResource.class.getResourceAsStream(DOCUMENT);
        return Response.ok(yaml, "application/yaml; charset=UTF-8")
                .cacheControl(ClaimsResource.noStore())
                .build();
    }
}
