package un.vra.claims.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import un.vra.claims.claim.TransitionNotAllowedException;
import un.vra.claims.imports.ImportRejectedException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.RateLimitedException;

/**
 * A rule of the domain said no. The code decides the status: invalid input or a malformed body 400, not
 * permitted (or a cross-site request) 403, a body over its limit 413, unknown
 * (or another State's) claim 404, refused transition 409 with the allowed actions, something the claimant
 * withdrew her consent to 409, stale version 412, a
 * rejected import file 422 with every problem, a document of a kind not accepted (or empty) 422 and one too
 * large 413, each naming the field, a missing If-Match 428, too many wrong passwords 429, too many requests 429
 * with {@code Retry-After}.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry("VALIDATION", 400),
            Map.entry("MALFORMED_BODY", 400),
            Map.entry("CROSS_SITE_REFUSED", 403),
            Map.entry("FORBIDDEN", 403),
            Map.entry("NOT_FOUND", 404),
            Map.entry("TRANSITION_NOT_ALLOWED", 409),
            Map.entry("CONFLICT", 409),
            Map.entry("CONSENT_WITHDRAWN", 409),
            Map.entry("STALE_VERSION", 412),
            Map.entry("IMPORT_REJECTED", 422),
            Map.entry("DOCUMENT_REJECTED", 422),
            Map.entry("DOCUMENT_TOO_LARGE", 413),
            Map.entry("BODY_TOO_LARGE", 413),
            Map.entry("PRECONDITION_REQUIRED", 428),
            Map.entry("SIGN_IN_THROTTLED", 429),
            Map.entry("RATE_LIMITED", 429));

    @Override
    public Response toResponse(DomainException e) {
        int status = STATUS.getOrDefault(e.code(), 409);
        if (e instanceof InvalidInputException invalid) {
            List<ErrorBody.Violation> violations =
                    List.of(new ErrorBody.Violation(invalid.field(), invalid.getMessage()));
            return ("VALIDATION".equals(invalid.code()) ? ErrorBody.validation(violations)
                    : new ErrorBody(invalid.code(), invalid.getMessage(), violations, null)).toResponse(status);
        }
        if (e instanceof TransitionNotAllowedException refused) {
            return new ErrorBody(refused.code(), refused.getMessage(), null, refused.allowedActions())
                    .toResponse(status);
        }
        if (e instanceof ImportRejectedException rejected) {
            return new ErrorBody(rejected.code(), rejected.getMessage(), null, null, rejected.problems())
                    .toResponse(status);
        }
        if (e instanceof RateLimitedException limited) {
            return Response.fromResponse(ErrorBody.of(limited.code(), limited.getMessage()).toResponse(status))
                    .header(HttpHeaders.RETRY_AFTER, limited.retryAfterSeconds()).build();
        }
        return ErrorBody.of(e.code(), e.getMessage()).toResponse(status);
    }
}
