package un.vra.claims.web.ui;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.primefaces.csp.CspException;

/**
 * A form the server can no longer trust is not an error of the application: its view state expired with the
 * session or was tampered with ({@link ViewExpiredException}), or it came without the nonce PrimeFaces' script
 * adds ({@link CspException}). Nothing of it is applied; the reader is sent, by a redirect so that the next page
 * renders in a fresh request with a fresh nonce, to a page in their language that says so and offers to go on.
 * Rendering any page in the refused request itself failed again on the nonce and answered an empty 500.
 * {@link ProtectedViewRefusal}'s exception handler calls it.
 */
final class StaleForms {

    /** The page that explains it, open to everyone since the session may be gone. */
    static final String PAGE = "/expired.xhtml";

    private StaleForms() {}

    static boolean isStale(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException || cause instanceof CspException) {
                return true;
            }
        }
        return false;
    }

    /** Whatever the refused request had begun to write is dropped first, when it still can be. */
    static void redirect(FacesContext context) {
        ExternalContext external = context.getExternalContext();
        if (!external.isResponseCommitted()) {
            external.responseReset();
        }
        String page = URLEncoder.encode(external.getRequestServletPath(), StandardCharsets.UTF_8);
        try {
            external.redirect(external.getRequestContextPath() + PAGE + "?page=" + page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
