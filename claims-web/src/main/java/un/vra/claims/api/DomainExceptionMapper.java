package un.vra.claims.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.RateLimitedException;

/**
 * A rule of the domain said no: the status is the {@link un.vra.claims.shared.ErrorCode}'s, the message its
 * text in the caller's language; too many requests also say when to ask again ({@code Retry-After}).
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        Response response = ErrorBody.of(e, Texts.of(headers)).toResponse();
        if (e instanceof RateLimitedException limited) {
            return Response.fromResponse(response)
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds())
                    .build();
        }
        return response;
    }
}
