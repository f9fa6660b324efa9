package un.vra.claims.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import un.vra.claims.account.AccountAuthentication;
import un.vra.claims.audit.RequestOrigin;

/** Sign-out: recorded for auditors, then ends the container's authentication and the session, then the sign-in page. */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    private FacesContext facesContext;

    @EJB
    private AccountAuthentication authentication;

    @Inject
    private RequestOrigin origin;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getRemoteUser() != null) {
            authentication.signedOut(request.getRemoteUser(), origin.remoteAddress());
        }
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
    }
}
