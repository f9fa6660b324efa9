package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import un.vra.claims.account.OwnAccountService;
import un.vra.claims.account.signin.SignInState;

/**
 * Changing one's own password, knowing the current one: from the menu, or first of all when the password was
 * issued by an administrator (every other page leads here until it is changed). This session goes on under a
 * new id; the account's other sessions end.
 */
@Named
@RequestScoped
public class ChangePasswordView {

    @EJB
    private OwnAccountService ownAccount;

    @Inject
    private FacesContext facesContext;

    @Inject
    private SecurityContext securityContext;

    private boolean required;
    private boolean changed;
    private String currentPassword;
    private String newPassword;
    private String repeatedPassword;

    @PostConstruct
    void init() {
        required = ownAccount.summary().passwordChangeRequired();
    }

    public void change() {
        if (newPassword == null || !newPassword.equals(repeatedPassword)) {
            facesContext.addMessage(
                    null,
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            facesContext
                                    .getApplication()
                                    .getResourceBundle(facesContext, "msg")
                                    .getString("password.mismatch"),
                            null));
        } else if (PageMessages.run(
                facesContext, () -> ownAccount.changePassword(currentPassword, newPassword), "password.changed")) {
            SignInState.credentialsChanged(
                    (HttpServletRequest) facesContext.getExternalContext().getRequest());
            changed = true;
            required = false;
        }
        currentPassword = null;
        newPassword = null;
        repeatedPassword = null;
    }

    /** Where to go on once the password is changed. */
    public String getContinueTo() {
        return LandingPage.of(facesContext.getExternalContext(), securityContext);
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isChanged() {
        return changed;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatedPassword() {
        return repeatedPassword;
    }

    public void setRepeatedPassword(String repeatedPassword) {
        this.repeatedPassword = repeatedPassword;
    }
}
