package un.vra.claims.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import un.vra.claims.shared.ErrorCode;

/**
 * The error page of every status the servlet container answers by itself, before or beside JAX-RS: a request
 * header that cannot be parsed (400), a sign-in that failed (401), a path no servlet serves (404), a method the
 * container refuses (405), an exception outside the API's resources (500). Under {@code /api/} the answer is the
 * API's error body, as the README promises for every error; a page gets the pages' own forbidden or error page
 * instead of the server's, which named its version.
 */
@WebServlet(urlPatterns = ContainerErrors.PATH)
public class ContainerErrors extends HttpServlet {

    static final String PATH = "/container-error";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(ContainerErrors.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int code = status instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        if (uri != null && uri.toString().startsWith(request.getContextPath() + "/api/")) {
            answerApi(request, response, code);
        } else {
            String page = code == HttpServletResponse.SC_FORBIDDEN ? "/forbidden.xhtml" : "/error.xhtml";
            request.getRequestDispatcher(page).forward(request, response);
        }
    }

    private static void answerApi(HttpServletRequest request, HttpServletResponse response, int status)
            throws IOException {
        ErrorCode code = ErrorBody.codeOf(status);
        ResourceBundle texts = texts(request);
        ErrorBody body;
        if (code == ErrorCode.INTERNAL) {
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident, (Throwable)
                    request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
            body = ErrorBody.of(code, texts, incident);
        } else {
            body = ErrorBody.of(code, texts);
        }
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(JSON.toJson(body));
    }

    /** The caller's language; English when the Accept-Language header cannot be read. */
    private static ResourceBundle texts(HttpServletRequest request) {
        try {
            List<Locale> locales = Collections.list(request.getLocales());
            return Texts.forLanguages(locales);
        } catch (RuntimeException unreadableHeader) {
            return Texts.english();
        }
    }
}
