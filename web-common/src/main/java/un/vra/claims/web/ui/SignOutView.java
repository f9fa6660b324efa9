package un.vra.claims.web.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Sign-out: ends the container's authentication and the session, then shows the sign-in page. */
@Named
@RequestScoped
public class SignOutView {

    @Inject
    private FacesContext facesContext;

    public void signOut() throws ServletException, IOException {
        ExternalContext external = facesContext.getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
    }
}
