package un.vra.claims.api;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import un.vra.claims.shared.ErrorCode;

/**
 * Everything the other mappers do not know. A refused EJB call is 403, unreadable JSON 400, a body cut off at
 * its limit 413, a charset Java does not know 415; anything else is logged with an incident number and answered 500 with that number, never
 * with a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        if (cause instanceof EJBAccessException || e instanceof AccessLocalException) {
            return ErrorBody.of(ErrorCode.FORBIDDEN, Texts.of(headers)).toResponse();
        }
        if (cause instanceof JsonbException || cause instanceof IOException) {
            return ErrorBody.unreadable(cause, Texts.of(headers));
        }
        if (unknownCharset(e)) {
            return ErrorBody.of(ErrorCode.UNSUPPORTED_MEDIA_TYPE, Texts.of(headers))
                    .toResponse();
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, e);
        return ErrorBody.of(ErrorCode.INTERNAL, Texts.of(headers), incident).toResponse();
    }

    /** A {@code charset} in Content-Type that Java does not know, found when JAX-RS decodes the body. */
    private static boolean unknownCharset(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsupportedCharsetException || cause instanceof IllegalCharsetNameException) {
                return true;
            }
        }
        return false;
    }
}
