package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import un.vra.claims.account.OwnAccountService;
import un.vra.claims.shared.Languages;

/**
 * The person's own mail settings, in both modules: where reminders go, their language, and each mail as it falls
 * due or one weekly digest.
 */
@Named
@ViewScoped
public class MailSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OwnAccountService ownAccount;

    @Inject
    private FacesContext facesContext;

    private String email;
    private String language;
    private boolean weeklyDigest;

    @PostConstruct
    void init() {
        OwnAccountService.MailSettings settings = ownAccount.mailSettings();
        email = settings.email();
        language = settings.language();
        weeklyDigest = settings.weeklyDigest();
    }

    public void save() {
        if (PageMessages.run(
                facesContext, () -> ownAccount.chooseMail(email, language, weeklyDigest), "mailSettings.saved")) {
            ReaderLanguage.forgetAccountLanguage(
                    (HttpServletRequest) facesContext.getExternalContext().getRequest());
        }
    }

    public List<String> getLanguages() {
        return Languages.OFFICIAL;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isWeeklyDigest() {
        return weeklyDigest;
    }

    public void setWeeklyDigest(boolean weeklyDigest) {
        this.weeklyDigest = weeklyDigest;
    }
}
