package un.vra.claims.account.signin;

import static un.vra.claims.shared.JsonProviders.JSON;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import un.vra.claims.shared.ErrorCode;

/**
 * The sign-in mechanism's own refusals to API clients, in the API's error body ({@code code} and
 * {@code message}): they happen before any resource, so no JAX-RS exception mapper sees them.
 */
final class ApiReplies {

    private ApiReplies() {}

    /** 429 with {@code Retry-After}: the attempt was not even checked. */
    static AuthenticationStatus throttled(HttpServletResponse response, Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", String.valueOf(seconds));
        return refuse(
                response,
                ErrorCode.SIGN_IN_THROTTLED,
                "Too many failed sign-ins: try again in " + seconds + " seconds.");
    }

    static AuthenticationStatus refuse(HttpServletResponse response, ErrorCode code, String message) {
        response.setStatus(code.httpStatus());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        try {
            response.getWriter()
                    .write(JSON.createObjectBuilder()
                            .add("code", code.name())
                            .add("message", message)
                            .build()
                            .toString());
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
