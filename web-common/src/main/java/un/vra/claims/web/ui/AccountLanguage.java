package un.vra.claims.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import un.vra.claims.account.OwnAccountService;

/**
 * The signed-in person's own language, the one their mails are written in, for {@link ReaderLanguage}, which is
 * not a bean of its own and reaches this one through the page's expression language (each web module has its own
 * beans).
 */
@Named
@RequestScoped
public class AccountLanguage {

    @EJB
    private OwnAccountService ownAccount;

    public String getLanguage() {
        return ownAccount.mailSettings().language();
    }
}
