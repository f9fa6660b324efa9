package un.vra.claims.api;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import un.vra.claims.document.DocumentService;

/**
 * Bounds every request body of the API, after the caller's role has been checked for the endpoint (the
 * role filter runs at {@link Priorities#AUTHORIZATION}) and before a byte of it is read: a declared length
 * over the limit is refused at once, and any body is cut off at the first byte over it while it is read. The
 * limit follows what the endpoint takes: a document upload its document limit, a legacy import 50 MiB, and
 * every JSON body 64 KiB, far above the largest claim a person registers.
 */
@Provider
@Priority(Priorities.AUTHORIZATION + 1)
public class RequestBodyLimit implements ContainerRequestFilter {

    static final long JSON_BYTES = 64 * 1024;
    static final long CSV_BYTES = 50L * 1024 * 1024;
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    @EJB
    private DocumentService documents;

    @Override
    public void filter(ContainerRequestContext request) {
        long limit = limit(request.getMediaType());
        if (request.getLength() > limit) {
            request.abortWith(ErrorBody.tooLarge(limit));
            return;
        }
        request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit));
    }

    private long limit(MediaType type) {
        if (type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return documents.maxBytes() + MULTIPART_OVERHEAD;
        }
        if (type != null && type.isCompatible(ImportsResource.CSV)) {
            return CSV_BYTES;
        }
        return JSON_BYTES;
    }
}
