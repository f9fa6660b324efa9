package un.vra.claims.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;

/**
 * Where the current request came from: the client's address (behind trusted proxies, the one they forwarded;
 * see {@link TrustedProxies}), and whether through the API or a page. The sign-in throttle and the audit trail
 * both read it here.
 */
@RequestScoped
public class RequestOrigin {

    @Inject
    private Instance<HttpServletRequest> request;

    @Inject
    private TrustedProxies proxies;

    private String address;

    public String remoteAddress() {
        if (address == null) {
            try {
                HttpServletRequest current = request.get();
                address = proxies.clientAddress(
                        current.getRemoteAddr(), Collections.list(current.getHeaders("X-Forwarded-For")));
            } catch (RuntimeException outsideAnHttpRequest) {
                return null;
            }
        }
        return address;
    }

    public String channel() {
        try {
            return request.get().getServletPath().startsWith("/api") ? "API" : "PAGE";
        } catch (RuntimeException outsideAnHttpRequest) {
            return "INTERNAL";
        }
    }
}
