package un.vra.claims.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Optional;
import un.vra.claims.account.Role;

/**
 * Where a signed-in person starts: a module may send a role elsewhere than its home page with the context
 * parameter {@code claims.landing.<ROLE>} (the back office sends the task force, which may not see the register,
 * to the dashboard). A link followed before signing in leads, once signed in, to the page it pointed at.
 */
final class LandingPage {

    private LandingPage() {}

    /** The page asked for before signing in, when there is one, else where the person starts. */
    static String of(ExternalContext external, SecurityContext securityContext, Optional<String> next) {
        return next.map(page -> external.getRequestContextPath() + page).orElseGet(() -> of(external, securityContext));
    }

    static String of(ExternalContext external, SecurityContext securityContext) {
        for (Role role : Role.values()) {
            String page = external.getInitParameter("claims.landing." + role.name());
            if (page != null && securityContext.isCallerInRole(role.name())) {
                return external.getRequestContextPath() + page;
            }
        }
        return external.getRequestContextPath() + "/";
    }
}
