package un.vra.claims.web.ui;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import un.vra.claims.account.Role;

/** The sign-in form of both web modules. */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    private String username;
    private String password;

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, new Password(password))));
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + landingPage(external));
            case SEND_CONTINUE -> facesContext.responseComplete();
            default -> {
                ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
                facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.getString("signIn.failed"), null));
            }
        }
    }

    /**
     * Where the signed-in person starts: a module may send a role elsewhere than its home page with the context
     * parameter {@code claims.landing.<ROLE>} (the back office sends the task force, which may not see the
     * register, to the dashboard).
     */
    private String landingPage(ExternalContext external) {
        for (Role role : Role.values()) {
            String page = external.getInitParameter("claims.landing." + role.name());
            if (page != null && securityContext.isCallerInRole(role.name())) {
                return page;
            }
        }
        return "/";
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
