package un.vra.claims.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.account.Account;
import un.vra.claims.account.AccountRepository;
import un.vra.claims.account.PasswordHasher;
import un.vra.claims.account.PasswordPolicy;
import un.vra.claims.account.Role;
import un.vra.claims.shared.InvalidInputException;

/**
 * The accounts a start needs. A production start creates one administrator, {@code admin}, with the initial
 * password from configuration ({@code claims.admin.initial-password}, or the environment variable
 * {@code CLAIMS_ADMIN_INITIAL_PASSWORD}) when there is none yet. With {@code claims.demo} set to
 * {@code accounts} or {@code full}, the demo accounts are created too, and with {@code full} the demo claims.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class StartupAccounts {

    static final String DEMO_PASSWORD = "Demo-2026-pass";

    private static final Logger LOG = Logger.getLogger(StartupAccounts.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private DemoClaims demoClaims;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "claims.demo", defaultValue = "none")
    private String demo;

    @Inject
    @ConfigProperty(name = "claims.admin.initial-password")
    private Optional<String> initialAdminPassword;

    @PostConstruct
    void createAccounts() {
        if (!"none".equals(demo)) {
            demoAccount("vra.officer", Role.VRA_OFFICER, null);
            demoAccount("vra.admin", Role.VRA_ADMIN, null);
            demoAccount("taskforce", Role.TASK_FORCE, null);
            demoAccount("auditor", Role.AUDITOR, null);
            demoAccount("focal.npl", Role.FOCAL_POINT, "NPL");
            demoAccount("focal.zaf", Role.FOCAL_POINT, "ZAF");
        }
        if (!accounts.existsWithRole(Role.VRA_ADMIN)) {
            initialAdminPassword.ifPresentOrElse(
                    this::createAdministrator,
                    () -> LOG.warning("No administrator account exists and claims.admin.initial-password is not"
                            + " set: set it (or CLAIMS_ADMIN_INITIAL_PASSWORD) and restart to create 'admin'."));
        }
        if ("full".equals(demo)) {
            demoClaims.loadIfRegisterEmpty();
        }
    }

    private void createAdministrator(String password) {
        try {
            PasswordPolicy.check("claims.admin.initial-password", "admin", password);
            create("admin", password, Role.VRA_ADMIN, null, false);
        } catch (InvalidInputException e) {
            LOG.severe(() -> "The administrator was not created: claims.admin.initial-password is refused ("
                    + e.getMessage() + ")");
        }
    }

    /**
     * A demo account keeps its published password alone (no forced change, no second factor), so the README's
     * sign-ins work as written. One made before accounts were marked is recognised by that very password.
     */
    private void demoAccount(String username, Role role, String memberState) {
        Optional<Account> existing = accounts.find(username);
        if (existing.isEmpty()) {
            create(username, DEMO_PASSWORD, role, memberState, true);
        } else if (!existing.get().isDemo()
                && hasher.verify(DEMO_PASSWORD.toCharArray(), existing.get().passwordHash())) {
            existing.get().markDemo();
        }
    }

    /** Any other account's password was set by someone else: it must be changed at the first sign-in. */
    private void create(String username, String password, Role role, String memberState, boolean demo) {
        Account account = new Account(username, hasher.hash(password.toCharArray()), role, memberState,
                clock.instant());
        if (demo) {
            account.markDemo();
        }
        accounts.add(account);
        LOG.info(() -> "Created account " + username + " (" + role + (demo ? ", demo" : "") + ")");
    }
}
