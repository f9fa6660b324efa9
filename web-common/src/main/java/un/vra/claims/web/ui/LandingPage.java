package un.vra.claims.web.ui;

import jakarta.faces.context.ExternalContext;
import jakarta.security.enterprise.SecurityContext;
import un.vra.claims.account.Role;

/**
 * Where a signed-in person starts: a module may send a role elsewhere than its home page with the context
 * parameter {@code claims.landing.<ROLE>} (the back office sends the task force, which may not see the register,
 * to the dashboard).
 */
final class LandingPage {

    private LandingPage() {}

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
