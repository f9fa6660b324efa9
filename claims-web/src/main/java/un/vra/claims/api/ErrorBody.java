package un.vra.claims.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.TransitionNotAllowedException;
import un.vra.claims.imports.ImportProblem;
import un.vra.claims.imports.ImportRejectedException;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.web.error.ErrorTexts;

/**
 * The one error body of the API: a stable code for programs, its message for people in the caller's language,
 * the domain's own explanation (in English) where it says more, and where they apply the invalid fields, the
 * actions that are allowed instead, or the problems of an import file. Absent parts are left out of the JSON.
 * The status is the code's.
 */
public record ErrorBody(
        ErrorCode code,
        String message,
        String detail,
        List<Violation> violations,
        Set<ClaimAction> allowedActions,
        List<ImportProblem> problems) {

    /** One invalid field of the request. */
    public record Violation(String field, String message) {}

    static ErrorBody of(ErrorCode code, ResourceBundle texts, Object... arguments) {
        return new ErrorBody(code, ErrorTexts.message(code, texts, arguments), null, null, null, null);
    }

    /** A refusal of the domain, with whatever it carries besides its code. */
    static ErrorBody of(DomainException refusal, ResourceBundle texts) {
        String message = ErrorTexts.message(refusal, texts);
        List<Violation> violations = refusal instanceof InvalidInputException invalid
                ? List.of(new Violation(invalid.field(), invalid.getMessage()))
                : null;
        String detail = violations != null
                        || refusal.getMessage() == null
                        || refusal.getMessage().equals(message)
                ? null
                : refusal.getMessage();
        Set<ClaimAction> allowed =
                refusal instanceof TransitionNotAllowedException refused ? refused.allowedActions() : null;
        List<ImportProblem> problems = refusal instanceof ImportRejectedException rejected ? rejected.problems() : null;
        return new ErrorBody(refusal.code(), message, detail, violations, allowed, problems);
    }

    static ErrorBody validation(List<Violation> violations, ResourceBundle texts) {
        String fields = violations.stream().map(Violation::field).distinct().collect(Collectors.joining(", "));
        return new ErrorBody(
                ErrorCode.VALIDATION,
                ErrorTexts.message(ErrorCode.VALIDATION, texts, fields),
                null,
                violations,
                null,
                null);
    }

    /** The code of a status that the container or JAX-RS chose, not the application. */
    static ErrorCode codeOf(int status) {
        return switch (status) {
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406, 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 403 -> ErrorCode.FORBIDDEN;
            default -> status < 500 ? ErrorCode.BAD_REQUEST : ErrorCode.INTERNAL;
        };
    }

    /** A body over its limit, refused before it was read. */
    static Response tooLarge(long limit) {
        return of(ErrorCode.BODY_TOO_LARGE, Texts.english(), limit).toResponse();
    }

    /**
     * A body a reader could not read: too large when the limit cut it off (the reader wraps that in its own
     * exceptions), refused by the domain while it was bound, a value of the wrong type or unknown to its field (the JSON itself was checked whole
     * before binding), malformed otherwise.
     */
    static Response unreadable(Throwable failure, ResourceBundle texts) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException tooLarge) {
                return of(ErrorCode.BODY_TOO_LARGE, texts, tooLarge.limit()).toResponse();
            }
            if (cause instanceof DomainException refusal) {
                return of(refusal, texts).toResponse();
            }
        }
        return BindingFailure.violation(failure)
                .map(violation -> validation(List.of(violation), texts))
                .orElseGet(() -> of(ErrorCode.MALFORMED_BODY, texts))
                .toResponse();
    }

    Response toResponse() {
        return toResponse(code.httpStatus());
    }

    Response toResponse(int status) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(this)
                .build();
    }
}
