package un.vra.claims.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.Set;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/**
 * A browser may send the session cookie (and Basic credentials it cached) with a form another site posts to
 * the API; it sends no custom header across sites without asking this server first, which never agrees. So a
 * request that changes something and is signed in by the session cookie alone must carry {@value #HEADER};
 * one that sends its own {@code Authorization} (Basic or a token) needs nothing more, unless the browser says
 * it comes from another site ({@code Sec-Fetch-Site}, or an {@code Origin} naming another host: only the host
 * is compared, so a TLS proxy in front changes nothing).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequestGuard implements ContainerRequestFilter {

    static final String HEADER = "X-Requested-By";
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        if (fromAnotherSite(request)) {
            throw new DomainException(
                    ErrorCode.CROSS_SITE_REFUSED, "A request from another site cannot change anything.");
        }
        String marker = request.getHeaderString(HEADER);
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null && (marker == null || marker.isBlank())) {
            throw new DomainException(
                    ErrorCode.CROSS_SITE_REFUSED,
                    "A request signed in by the session cookie must" + " send the header " + HEADER
                            + " (any value) to change anything.");
        }
    }

    private static boolean fromAnotherSite(ContainerRequestContext request) {
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return true;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return false;
        }
        try {
            String host = URI.create(origin.trim()).getHost();
            return host == null
                    || !host.equalsIgnoreCase(request.getUriInfo().getBaseUri().getHost());
        } catch (IllegalArgumentException unreadable) {
            return true;
        }
    }
}
