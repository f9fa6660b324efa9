package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import un.vra.claims.account.signin.SignInState;

/** The recovery codes issued when the second factor was set up, shown this once: reloading shows none. */
@Named
@RequestScoped
public class RecoveryCodesView {

    @Inject
    private FacesContext facesContext;

    @Inject
    private SecurityContext securityContext;

    private List<String> codes;

    @PostConstruct
    void init() {
        codes = SignInState.takeRecoveryCodes(
                (HttpServletRequest) facesContext.getExternalContext().getRequest());
    }

    public List<String> getCodes() {
        return codes;
    }

    public String getContinueTo() {
        return LandingPage.of(facesContext.getExternalContext(), securityContext);
    }
}
