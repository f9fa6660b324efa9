package un.vra.claims.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import un.vra.claims.shared.ErrorCode;

/**
 * Errors JAX-RS raises itself (unknown path or claim, wrong method or media type) in the API's error body,
 * keeping the status JAX-RS chose.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Logger LOG = Logger.getLogger(WebApplicationExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof ProcessingException || e.getCause() instanceof JsonbException) {
            return ErrorBody.unreadable(e, Texts.of(headers));
        }
        ErrorCode code = ErrorBody.codeOf(status);
        if (code == ErrorCode.INTERNAL) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident, e);
            return ErrorBody.of(code, Texts.of(headers), incident).toResponse(status);
        }
        return ErrorBody.of(code, Texts.of(headers)).toResponse(status);
    }
}
