package un.vra.claims.api;

import java.io.IOException;

/**
 * Raised while a request body is read, at the first byte beyond its limit: whatever reads the body (JSON,
 * multipart, CSV) stops there, and the API answers 413 wherever the reader wrapped it.
 */
class BodyTooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
