package un.vra.claims.web.http;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import un.vra.claims.audit.RefusalRecorder;
import un.vra.claims.audit.RequestOrigin;

/**
 * Records every request refused to a signed-in person (403) for auditors: refusals of the API pass here as
 * requests, refusals of the container's security constraints as the dispatch to the error page.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RefusalLogFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private RefusalRecorder recorder;

    @Inject
    private RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_FORBIDDEN && request.getRemoteUser() != null) {
            Object refusedUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            recorder.refused(
                    request.getRemoteUser(),
                    request.getMethod(),
                    refusedUri == null ? request.getRequestURI() : refusedUri.toString(),
                    origin.remoteAddress());
        }
    }
}
