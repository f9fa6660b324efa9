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
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import un.vra.claims.account.signin.SignInState;

/**
 * The sign-in form of both web modules. An account with a second factor goes on to the code page (the mechanism
 * redirects there); a throttled attempt is told how long to wait. A page asked for before signing in is where
 * the person lands.
 */
@Named
@RequestScoped
public class SignInView {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private FacesContext facesContext;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        if (authenticate(
                securityContext,
                facesContext,
                new UsernamePasswordCredential(username, new Password(password)),
                "signIn.failed")) {
            ExternalContext external = facesContext.getExternalContext();
            external.redirect(LandingPage.of(external, securityContext, SignInState.safeNext(next)));
        } else if (facesContext.getResponseComplete()) {
            SignInState.keepNext(
                    (HttpServletRequest) facesContext.getExternalContext().getRequest(), next);
        }
    }

    /** The page asked for before signing in ({@code ?next=}), kept through the form's post. */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    /**
     * Hands a credential to the sign-in mechanism: true when signed in; when it redirected (to the second factor)
     * the response is complete; otherwise the page says why, with the key given or the throttle's wait.
     */
    static boolean authenticate(
            SecurityContext securityContext, FacesContext facesContext, Credential credential, String failedKey) {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true).credential(credential));
        if (status == AuthenticationStatus.SUCCESS) {
            return true;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            facesContext.responseComplete();
            return false;
        }
        Object retryAfter = request.getAttribute(SignInState.RETRY_AFTER);
        String text = facesContext
                .getApplication()
                .getResourceBundle(facesContext, "msg")
                .getString(retryAfter == null ? failedKey : "signIn.throttled");
        facesContext.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        retryAfter == null ? text : MessageFormat.format(text, retryAfter),
                        null));
        return false;
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
