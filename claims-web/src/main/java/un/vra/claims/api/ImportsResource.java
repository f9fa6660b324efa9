package un.vra.claims.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import un.vra.claims.account.Role;
import un.vra.claims.imports.ImportJobs;
import un.vra.claims.imports.ImportProgress;
import un.vra.claims.imports.ImportRejectedException;
import un.vra.claims.imports.ImportService;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;

/**
 * Legacy import: a CSV export of an older register, all or nothing. A large file takes longer than a client keeps a
 * request open, so the import runs in the background: 202 with its id and where to follow it, then
 * {@code GET /imports/{id}} answers how far it has got and, at the end, what it created or every problem of the file
 * (422, as a refusal). 200 at once when the same file was imported before. Only {@code text/csv}, which no form of
 * another site can send; the body is read only once the caller is known to be an administrator, and never beyond
 * {@link RequestBodyLimit#CSV_BYTES}.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN)
public class ImportsResource {

    static final MediaType CSV = new MediaType("text", "csv");

    @EJB
    private ImportService imports;

    @Inject
    private ImportJobs jobs;

    @Inject
    private ImportProgress progress;

    @Context
    private UriInfo uri;

    @Context
    private HttpHeaders headers;

    @POST
    @Consumes("text/csv")
    public Response importCsv(InputStream body) throws IOException {
        byte[] content = body.readAllBytes();
        if (content.length == 0) {
            throw new InvalidInputException("body", "send the CSV file as the request body");
        }
        ImportJobs.Job job = imports.submit(content);
        if (job.id() == null) {
            return Response.ok(job.report()).build();
        }
        return Accepted.at(uri, job.id(), status(job));
    }

    /** How far the import has got; once ended, what it created, or its problems as the refusal they are. */
    @GET
    @Path("{id}")
    public ImportStatus status(@PathParam("id") String id) {
        ImportJobs.Job job = jobs.of(id).orElseThrow(() -> new NotFoundException("no import " + id));
        if (job.state() == ImportJobs.State.REJECTED) {
            throw new ImportRejectedException(job.problems());
        }
        return status(job);
    }

    private ImportStatus status(ImportJobs.Job job) {
        return ImportStatus.of(job, progress.of(job.file()).orElse(null), Texts.of(headers));
    }
}
