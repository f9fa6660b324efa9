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
import java.util.Map;
import org.primefaces.model.SortMeta;
import un.vra.claims.account.AccountService;
import un.vra.claims.account.AccountView;
import un.vra.claims.account.Role;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;
import un.vra.claims.web.ui.PageMessages;
import un.vra.claims.web.ui.PagedModel;

/** The administrator's page of accounts: every account by name, paged; create one; deactivate one. */
@Named
@ViewScoped
public class AccountsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AccountService accountService;

    @Inject
    private FacesContext facesContext;

    private Role shownRole;
    private Accounts accounts;
    private String username;
    private Role role;
    private String initialPassword;

    @PostConstruct
    void init() {
        accounts = new Accounts(accountService, shownRole);
    }

    public void show() {
        init();
    }

    public void create() {
        if (PageMessages.run(facesContext, () -> accountService.create(username, role, initialPassword),
                "accounts.created")) {
            username = null;
            role = null;
        }
        initialPassword = null;
    }

    public void deactivate(String who) {
        PageMessages.run(facesContext, () -> accountService.deactivate(who), "accounts.deactivated");
    }

    /** The roles an account can be created with here; focal points are designated on their own page. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(candidate -> candidate != Role.FOCAL_POINT).toList();
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Accounts getAccounts() {
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

    /** The accounts of the role shown, one page per load. */
    public static class Accounts extends PagedModel<AccountView> {

        private static final long serialVersionUID = 1L;

        private final transient AccountService service;
        private final Role role;

        Accounts(AccountService service, Role role) {
            this.service = service;
            this.role = role;
        }

        @Override
        protected PageResult<AccountView> page(PageRequest request, Map<String, SortMeta> sortBy) {
            return service.list(role, request);
        }

        @Override
        public String getRowKey(AccountView account) {
            return account.username();
        }
    }
}
