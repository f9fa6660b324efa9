package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import un.vra.claims.account.signin.PendingSignIn;
import un.vra.claims.account.signin.SecondFactorCredential;
import un.vra.claims.account.signin.SignInState;

/**
 * The second step of signing in: a code of the authenticator app, or a recovery code. The first time, the page
 * sets the authenticator up: the secret as a QR code, a link and text, confirmed by a first code; the recovery
 * codes are shown next, once. Without a pending sign-in (none, expired, or too many wrong codes) it sends the
 * person back to the sign-in page.
 */
@Named
@RequestScoped
public class SecondFactorView {

    @Inject
    private FacesContext facesContext;

    @Inject
    private SecurityContext securityContext;

    private PendingSignIn pending;
    private String code;

    @PostConstruct
    void init() {
        pending = SignInState.pending(request()).orElse(null);
    }

    /** Opened without a pending sign-in: back to the first step. */
    public void requirePending() throws IOException {
        if (pending == null) {
            toSignIn();
        }
    }

    public void submit() throws IOException {
        boolean enrolling = pending != null && pending.enrolling();
        boolean signedIn = SignInView.authenticate(
                securityContext, facesContext, new SecondFactorCredential(code), "secondFactor.failed");
        ExternalContext external = facesContext.getExternalContext();
        if (signedIn) {
            external.redirect(
                    enrolling
                            ? external.getRequestContextPath() + "/account/recovery-codes.xhtml"
                            : LandingPage.of(external, securityContext, SignInState.takeNext(request())));
        } else if (request().getAttribute(SignInState.NO_PENDING_SIGN_IN) != null) {
            toSignIn();
        }
        code = null;
    }

    private void toSignIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/sign-in.xhtml");
        facesContext.responseComplete();
    }

    private HttpServletRequest request() {
        return (HttpServletRequest) facesContext.getExternalContext().getRequest();
    }

    public boolean isEnrolling() {
        return pending != null && pending.enrolling();
    }

    /** The secret in groups of four, as people copy it into an app that cannot read the QR code. */
    public String getSecretText() {
        return isEnrolling() ? pending.newSecret().replaceAll("(.{4})(?!$)", "$1 ") : null;
    }

    public String getSetUpUri() {
        return isEnrolling() ? pending.setUpUri() : null;
    }

    public String getQrCode() {
        return isEnrolling() ? SetUpQrCode.dataUri(pending.setUpUri()) : null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
