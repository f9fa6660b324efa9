package un.vra.claims.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import un.vra.claims.account.ApiTokenView;
import un.vra.claims.account.OwnAccountService;

/**
 * One's personal API tokens (for accounts with a second factor, whose password alone no longer opens the API):
 * created here after a full sign-in and shown once, listed with when each was created and last used, revoked.
 * Also new recovery codes, shown once, which replace the old ones.
 */
@Named
@ViewScoped
public class ApiTokensView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private OwnAccountService ownAccount;

    @Inject
    private FacesContext facesContext;

    private OwnAccountService.Summary summary;
    private PagedModel<ApiTokenView> tokens;
    private String name;
    private String createdToken;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void init() {
        summary = ownAccount.summary();
        OwnAccountService service = ownAccount;
        tokens = PagedModel.of(service::tokens, token -> String.valueOf(token.id()));
    }

    public void create() {
        createdToken = null;
        PageMessages.run(
                facesContext, () -> createdToken = ownAccount.createToken(name).secret(), "tokens.created");
        name = null;
    }

    public void revoke(long id) {
        createdToken = null;
        PageMessages.run(facesContext, () -> ownAccount.revokeToken(id), "tokens.revoked");
    }

    public void newRecoveryCodes() {
        createdToken = null;
        PageMessages.run(facesContext, () -> recoveryCodes = ownAccount.newRecoveryCodes(), "recoveryCodes.issued");
        summary = ownAccount.summary();
    }

    public OwnAccountService.Summary getSummary() {
        return summary;
    }

    public PagedModel<ApiTokenView> getTokens() {
        return tokens;
    }

    public String getCreatedToken() {
        return createdToken;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
