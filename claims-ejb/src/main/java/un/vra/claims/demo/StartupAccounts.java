package un.vra.claims.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.account.Account;
import un.vra.claims.account.AccountRepository;
import un.vra.claims.account.PasswordHasher;
import un.vra.claims.account.PasswordPolicy;
import un.vra.claims.account.Role;
import un.vra.claims.platform.Installation;
import un.vra.claims.shared.InvalidInputException;

/**
 * The accounts a start needs. A production start creates one administrator, {@code admin}, with the initial
 * password from configuration ({@code claims.admin.initial-password}, or the environment variable
 * {@code CLAIMS_ADMIN_INITIAL_PASSWORD}) when there is none yet. With {@code claims.demo} set to exactly
 * {@code accounts} or {@code full} ({@link DemoMode}), and only on the embedded database, the demo accounts are
 * created too, and with {@code full} the demo claims. Their password is published in the README: whenever demo
 * mode is off, any demo account that still has it is removed.
 */
@Singleton
@Startup
// After EncryptionKeys too: the demo claims hold personal data, sealed only once the keys' state is read.
@DependsOn({"DatabaseMigration", "EncryptionKeys"})
public class StartupAccounts {

    static final String DEMO_PASSWORD = "Demo-2026-pass";

    private static final Map<String, DemoAccount> DEMO_ACCOUNTS = demoAccounts();

    private static final Logger LOG = Logger.getLogger(StartupAccounts.class.getName());

    @Inject
    private AccountRepository accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private DemoClaims demoClaims;

    @Inject
    private Installation installation;

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
        DemoMode mode = demoMode();
        if (mode.createsAccounts()) {
            DEMO_ACCOUNTS.forEach(this::demoAccount);
        } else {
            DEMO_ACCOUNTS.keySet().forEach(this::removeDemoAccount);
        }
        if (!accounts.existsWithRole(Role.VRA_ADMIN)) {
            initialAdminPassword.ifPresentOrElse(
                    this::createAdministrator,
                    () -> LOG.warning("No administrator account exists and claims.admin.initial-password is not"
                            + " set: set it (or CLAIMS_ADMIN_INITIAL_PASSWORD) and restart to create 'admin'."));
        }
        if (mode == DemoMode.FULL) {
            demoClaims.loadIfRegisterEmpty();
        }
    }

    private DemoMode demoMode() {
        DemoMode mode = DemoMode.of(demo);
        if (mode.createsAccounts() && !installation.embeddedDatabase()) {
            LOG.severe(() -> "claims.demo=" + demo + " is refused: demo accounts, whose password is published, are"
                    + " created on the embedded database only. No demo data is loaded.");
            return DemoMode.NONE;
        }
        return mode;
    }

    /** A demo account left from a demo run, still with the published password, must not outlive demo mode. */
    private void removeDemoAccount(String username) {
        accounts.find(username)
                .filter(account -> hasher.verify(DEMO_PASSWORD.toCharArray(), account.passwordHash()))
                .ifPresent(account -> {
                    accounts.remove(account);
                    LOG.warning(() -> "Removed the demo account " + username + ": demo mode is off");
                });
    }

    private static Map<String, DemoAccount> demoAccounts() {
        Map<String, DemoAccount> demoAccounts = new LinkedHashMap<>();
        demoAccounts.put("vra.officer", new DemoAccount(Role.VRA_OFFICER, null));
        demoAccounts.put("vra.admin", new DemoAccount(Role.VRA_ADMIN, null));
        demoAccounts.put("taskforce", new DemoAccount(Role.TASK_FORCE, null));
        demoAccounts.put("auditor", new DemoAccount(Role.AUDITOR, null));
        demoAccounts.put("focal.npl", new DemoAccount(Role.FOCAL_POINT, "NPL"));
        demoAccounts.put("focal.zaf", new DemoAccount(Role.FOCAL_POINT, "ZAF"));
        return Collections.unmodifiableMap(demoAccounts);
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
    private void demoAccount(String username, DemoAccount demoAccount) {
        Optional<Account> existing = accounts.find(username);
        if (existing.isEmpty()) {
            create(username, DEMO_PASSWORD, demoAccount.role(), demoAccount.memberState(), true);
        } else if (!existing.get().isDemo()
                && hasher.verify(DEMO_PASSWORD.toCharArray(), existing.get().passwordHash())) {
            existing.get().markDemo();
        }
    }

    /** A demo account's role, and its State for a focal point. */
    private record DemoAccount(Role role, String memberState) {}

    /** Any other account's password was set by someone else: it must be changed at the first sign-in. */
    private void create(String username, String password, Role role, String memberState, boolean demo) {
        Account account =
                new Account(username, hasher.hash(password.toCharArray()), role, memberState, clock.instant());
        if (demo) {
            account.markDemo();
        }
        if (demo && role == Role.FOCAL_POINT) {
            // The run command's local mail server takes any address: the demo's reminders show who gets what.
            account.chooseMail(username + "@demo.claims.localhost", "en", false);
        }
        accounts.add(account);
        LOG.info(() -> "Created account " + username + " (" + role + (demo ? ", demo" : "") + ")");
    }
}
