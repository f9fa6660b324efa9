package un.vra.claims.shared;

/**
 * Every refusal the application answers, with the HTTP status the API gives it. The name is the stable code
 * API clients read; the message for people is {@code error.<NAME>} in the texts, in the reader's language.
 */
public enum ErrorCode {
    VALIDATION(400),
    MALFORMED_BODY(400),
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    TOKEN_REQUIRED(401),
    FORBIDDEN(403),
    CROSS_SITE_REFUSED(403),
    PASSWORD_CHANGE_REQUIRED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    TRANSITION_NOT_ALLOWED(409),
    CONFLICT(409),
    CONSENT_WITHDRAWN(409),
    CHILD_NOT_OF_AGE(409),
    KEY_IN_USE(409),
    ROTATION_RUNNING(409),
    STALE_VERSION(412),
    DOCUMENT_TOO_LARGE(413),
    BODY_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    IMPORT_REJECTED(422),
    IDEMPOTENCY_KEY_REUSED(422),
    DOCUMENT_REJECTED(422),
    PRECONDITION_REQUIRED(428),
    SIGN_IN_THROTTLED(429),
    RATE_LIMITED(429),
    INTERNAL(500),
    JOB_RUNNING(409);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The key of the code's message in the texts. */
    public String messageKey() {
        return "error." + name();
    }
}
