package un.vra.claims.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Where the current request came from: the client's address, and whether through the API or a page. */
@RequestScoped
public class RequestOrigin {

    @Inject
    private Instance<HttpServletRequest> request;

    public String remoteAddress() {
        try {
            return request.get().getRemoteAddr();
        } catch (RuntimeException outsideAnHttpRequest) {
            return null;
        }
    }

    public String channel() {
        try {
            return request.get().getServletPath().startsWith("/api") ? "API" : "PAGE";
        } catch (RuntimeException outsideAnHttpRequest) {
            return "INTERNAL";
        }
    }
}
