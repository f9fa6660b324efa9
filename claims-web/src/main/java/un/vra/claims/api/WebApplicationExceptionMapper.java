package un.vra.claims.api;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Errors JAX-RS raises itself (unknown path or claim, wrong method or media type) in the API's error body. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof ProcessingException || e.getCause() instanceof JsonbException) {
            return ErrorBody.unreadable(e);
        }
        String code = switch (status) {
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406, 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            default -> status < 500 ? "BAD_REQUEST" : "INTERNAL";
        };
        String message = status == 404 ? "Not found." : Response.Status.fromStatusCode(status) == null
                ? "Request refused." : Response.Status.fromStatusCode(status).getReasonPhrase() + ".";
        return ErrorBody.of(code, message).toResponse(status);
    }
}
