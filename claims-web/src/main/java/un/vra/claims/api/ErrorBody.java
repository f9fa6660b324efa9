package un.vra.claims.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.imports.ImportProblem;

/**
 * The one error body of the API: a stable code for programs, a message for people, and where they apply the
 * invalid fields, the actions that are allowed instead, or the problems of an import file. Absent parts are left out of the JSON.
 */
public record ErrorBody(String code, String message, List<Violation> violations, Set<ClaimAction> allowedActions,
                        List<ImportProblem> problems) {

    /** One invalid field of the request. */
    public record Violation(String field, String message) {
    }

    ErrorBody(String code, String message, List<Violation> violations, Set<ClaimAction> allowedActions) {
        this(code, message, violations, allowedActions, null);
    }

    static ErrorBody of(String code, String message) {
        return new ErrorBody(code, message, null, null);
    }

    /** A body that is not JSON, or JSON that does not fit the request. */
    static Response malformedBody() {
        return of("MALFORMED_BODY", "The request body is not valid JSON for this request.")
                .toResponse(Response.Status.BAD_REQUEST);
    }

    /** A body over its limit, refused before or while it was read. */
    static Response tooLarge(long limit) {
        return of("BODY_TOO_LARGE", new BodyTooLargeException(limit).getMessage())
                .toResponse(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    /**
     * A body a reader could not read: too large when the limit cut it off (the reader wraps that in its own
     * exceptions), malformed otherwise.
     */
    static Response unreadable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return of("BODY_TOO_LARGE", tooLarge.getMessage()).toResponse(Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
        }
        return malformedBody();
    }

    static ErrorBody validation(List<Violation> violations) {
        return new ErrorBody("VALIDATION", "The request is not valid.", violations, null);
    }

    Response toResponse(Response.Status status) {
        return toResponse(status.getStatusCode());
    }

    Response toResponse(int status) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(this).build();
    }
}
