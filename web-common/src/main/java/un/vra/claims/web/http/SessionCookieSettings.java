package un.vra.claims.web.http;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when TLS is in front of the server ({@code claims.http.secure-cookies},
 * environment {@code CLAIMS_HTTP_SECURE_COOKIES}, default false), so that a browser never sends it over plain
 * HTTP. Not decided per request: behind a proxy that ends TLS, the server itself sees plain HTTP. HttpOnly and
 * SameSite=Strict are set in web-common's web-fragment.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    static final String PROPERTY = "claims.http.secure-cookies";

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue(PROPERTY, Boolean.class)
                .orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(secure);
    }
}
