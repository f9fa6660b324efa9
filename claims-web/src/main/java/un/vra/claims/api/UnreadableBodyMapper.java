package un.vra.claims.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body that is not JSON (400 MALFORMED_BODY), JSON whose value does not fit its field (an unknown enum value,
 * a bad date: 400 VALIDATION naming the field), or one cut off at its size limit (413).
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
        return ErrorBody.unreadable(e, Texts.of(headers));
    }
}
