package un.vra.claims.backoffice;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import un.vra.claims.account.AccountService;
import un.vra.claims.account.AccountView;
import un.vra.claims.account.Role;
import un.vra.claims.web.ui.PageMessages;
import un.vra.claims.web.ui.PagedModel;

/**
 * The administrator's page of accounts: every account by name, paged, with how it signs in; create one;
 * deactivate one; issue a new password or reset a lost second factor.
 */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accountService;

    @Inject
    private FacesContext facesContext;

    private Role shownRole;
    private PagedModel<AccountView> accounts;
    private String username;
    private Role role;
    private String initialPassword;
    private String resetUsername;
    private String resetPassword;

    @PostConstruct
    void init() {
        Role role = shownRole;
        AccountService service = accountService;
        accounts = PagedModel.of(request -> service.list(role, request), AccountView::username);
    }

    public void show() {
        init();
    }

    public void create() {
        if (PageMessages.run(
                facesContext, () -> accountService.create(username, role, initialPassword), "accounts.created")) {
            username = null;
            role = null;
        }
        initialPassword = null;
    }

    public void deactivate(String who) {
        PageMessages.run(facesContext, () -> accountService.deactivate(who), "accounts.deactivated");
    }

    public void issuePassword() {
        PageMessages.run(
                facesContext,
                () -> accountService.resetPassword(resetUsername, resetPassword),
                "accounts.passwordIssued");
        resetPassword = null;
    }

    public void resetSecondFactor() {
        PageMessages.run(
                facesContext, () -> accountService.resetSecondFactor(resetUsername), "accounts.secondFactorReset");
        resetPassword = null;
    }

    /** The roles an account can be created with here; focal points are designated on their own page. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values())
                .filter(candidate -> candidate != Role.FOCAL_POINT)
                .toList();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public PagedModel<AccountView> getAccounts() {
        return accounts;
    }

    public Role getShownRole() {
        return shownRole;
    }

    public void setShownRole(Role shownRole) {
        this.shownRole = shownRole;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }

    public String getResetUsername() {
        return resetUsername;
    }

    public void setResetUsername(String resetUsername) {
        this.resetUsername = resetUsername;
    }

    public String getResetPassword() {
        return resetPassword;
    }

    public void setResetPassword(String resetPassword) {
        this.resetPassword = resetPassword;
    }
}
