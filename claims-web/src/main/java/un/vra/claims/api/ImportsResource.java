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
import java.io.IOException;
import java.io.InputStream;
import un.vra.claims.account.Role;
import un.vra.claims.imports.ImportReport;
import un.vra.claims.imports.ImportService;
import un.vra.claims.shared.InvalidInputException;

/**
 * Legacy import: a CSV export of an older register, all or nothing; 201 when imported, 200 when already done.
 * Only {@code text/csv}, which no form of another site can send; the body is read only once the caller is
 * known to be an administrator, and never beyond {@link RequestBodyLimit#CSV_BYTES}.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ImportsResource {

    static final MediaType CSV = new MediaType("text", "csv");

    @EJB
    private ImportService imports;

    @POST
    @Consumes("text/csv")
    public Response importCsv(InputStream body) throws IOException {
        byte[] content = body.readAllBytes();
        if (content.length == 0) {
            throw new InvalidInputException("body", "send the CSV file as the request body");
        }
        ImportReport report = imports.importCsv(content);
        return Response.status(report.alreadyImported() ? Response.Status.OK : Response.Status.CREATED)
                .entity(report)
                .build();
    }
}
