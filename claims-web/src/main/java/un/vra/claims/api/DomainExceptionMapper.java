package un.vra.claims.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import un.vra.claims.jobs.JobRunningException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.RateLimitedException;

/**
 * A rule of the domain said no: the status is the {@link un.vra.claims.shared.ErrorCode}'s, the message its
 * text in the caller's language; too many requests also say when to ask again ({@code Retry-After}), and a job
 * that runs alone, refused while one runs, where that one is ({@code Location}).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(DomainException e) {
        Response response = ErrorBody.of(e, Texts.of(headers)).toResponse();
        if (e instanceof RateLimitedException limited) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds())
                    .build();
        }
        if (e instanceof JobRunningException running) {
            return Response.fromResponse(response)
                    .location(Accepted.location(uri, running.runningId()))
                    .build();
        }
        return response;
    }
}
