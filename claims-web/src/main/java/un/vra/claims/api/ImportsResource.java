package un.vra.claims.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import un.vra.claims.imports.ImportReport;
import un.vra.claims.imports.ImportService;
import un.vra.claims.shared.InvalidInputException;

/** Legacy import: a CSV export of an older register, all or nothing; 201 when imported, 200 when already done. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    private static final int MAX_BYTES = 50 * 1024 * 1024;

    @EJB
    private ImportService imports;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public Response importCsv(byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidInputException("body", "send the CSV file as the request body");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException("body", "the file is larger than 50 MB");
        }
        ImportReport report = imports.importCsv(content);
        return Response.status(report.alreadyImported() ? Response.Status.OK : Response.Status.CREATED)
                .entity(report).build();
    }
}
