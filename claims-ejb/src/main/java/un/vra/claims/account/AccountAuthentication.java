package un.vra.claims.account;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.SecurityEvent;

/**
 * Every sign-in check of both web modules (password, second factor, API token) and the record of each attempt.
 * An unknown or inactive user costs the same hash computation as a known one and gets the same answer, so
 * neither the answer nor its timing tells which accounts exist. Names are compared in their canonical form
 * ({@link UserNames}), and failures, wrong codes included, are slowed down by a {@link SignInThrottle}: per
 * account and address after 5, per account over all addresses after {@code claims.signin.account-free-failures}
 * (50), per address after {@code claims.signin.address-free-failures} (20); at most 5 minutes between attempts.
 * Attempts refused during a delay are reported as one security event per account every
 * {@code claims.signin.throttle-report-seconds} (60).
 */
@Singleton
@Lock(LockType.READ)
@PermitAll
public class AccountAuthentication {

    /** The throttle's account key for API tokens, which name no account until they are found. */
    private static final String TOKENS = "(api token)";

    private static final int TOKEN_MAX_LENGTH = 100;

    private SignInThrottle throttle;

    @Inject
    @ConfigProperty(name = "claims.signin.address-free-failures", defaultValue = "20")
    private int addressFreeFailures;

    @Inject
    @ConfigProperty(name = "claims.signin.account-free-failures", defaultValue = "50")
    private int accountFreeFailures;

    @Inject
    @ConfigProperty(name = "claims.signin.throttle-report-seconds", defaultValue = "60")
    private int reportSeconds;

    @Resource
    private TimerService timers;

    @Inject
    private AccountRepository accounts;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private ApiTokens tokens;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    private String decoyHash;

    @PostConstruct
    void prepare() {
        decoyHash = hasher.hash("decoy password for unknown users".toCharArray());
        throttle = new SignInThrottle(accountFreeFailures, addressFreeFailures, Duration.ofMinutes(5));
        long period = Duration.ofSeconds(Math.max(1, reportSeconds)).toMillis();
        timers.createIntervalTimer(period, period, new TimerConfig(null, false));
    }

    /**
     * Checks a name and password. {@code secondFactorPossible} says whether the channel can ask for a code (the
     * sign-in page can; HTTP Basic cannot, so an account with a second factor is refused there).
     */
    public SignInOutcome checkPassword(
            String typedName, char[] password, String remoteAddress, boolean secondFactorPossible) {
        Instant now = clock.instant();
        String name = UserNames.canonical(typedName);
        String address = address(remoteAddress);
        Optional<SignInOutcome> held = held(name, address, now);
        if (held.isPresent()) {
            return held.get();
        }
        Optional<Account> account =
                UserNames.possible(name) ? accounts.find(name).filter(Account::isActive) : Optional.empty();
        boolean matches =
                hasher.verify(password, account.map(Account::passwordHash).orElse(decoyHash));
        if (account.isEmpty() || !matches) {
            return failed(name, address, now, typed(typedName, name));
        }
        Account found = account.get();
        if (found.needsSecondFactor()) {
            if (!secondFactorPossible) {
                audit.securityEvent(
                        name,
                        SecurityEvent.Kind.SIGN_IN_FAILURE,
                        "the password alone is refused: this account signs in with a second factor",
                        remoteAddress);
                return new SignInOutcome.TokenRequired();
            }
            String secret = found.hasSecondFactor() ? null : Totp.newSecret();
            return new SignInOutcome.SecondFactorRequired(
                    found.id(), found.username(), secret, secret == null ? null : Totp.uri(found.username(), secret));
        }
        return signedIn(found, address, now, null, List.of());
    }

    /**
     * Checks the second step of a sign-in whose password was right: a code of the authenticator being enrolled
     * ({@code enrollingSecret}), or of the enrolled one, or a recovery code. A code is accepted once only.
     */
    public SignInOutcome checkSecondFactor(
            long accountId, String enrollingSecret, String typedCode, String remoteAddress) {
        Instant now = clock.instant();
        Optional<Account> account = accounts.find(accountId).filter(Account::isActive);
        if (account.isEmpty()) {
            return new SignInOutcome.Refused();
        }
        Account found = account.get();
        String address = address(remoteAddress);
        Optional<SignInOutcome> held = held(found.username(), address, now);
        if (held.isPresent()) {
            return held.get();
        }
        String code = typedCode == null ? "" : typedCode.replace(" ", "").strip();
        if (enrollingSecret != null) {
            OptionalLong step = Totp.matchingStep(enrollingSecret, code, now);
            if (step.isEmpty()) {
                return failed(found.username(), address, now, "second factor: wrong code while enrolling");
            }
            found.enrolSecondFactor(enrollingSecret, step.getAsLong(), now);
            List<String> codes = recoveryCodes.issue(found, now);
            audit.securityEvent(found.username(), SecurityEvent.Kind.SECOND_FACTOR_ENROLLED, null, remoteAddress);
            return signedIn(found, address, now, "second factor enrolled", codes);
        }
        if (!found.hasSecondFactor()) {
            return failed(found.username(), address, now, "second factor: none enrolled");
        }
        if (Totp.looksLikeCode(code)) {
            OptionalLong step = Totp.matchingStep(found.totpSecret(), code, now);
            if (step.isEmpty()) {
                return failed(found.username(), address, now, "second factor: wrong code");
            }
            if (!accounts.acceptTotpStep(found.id(), step.getAsLong())) {
                return failed(found.username(), address, now, "second factor: code already used");
            }
            return signedIn(found, address, now, "with second factor", List.of());
        }
        if (!recoveryCodes.use(found, code, now)) {
            return failed(found.username(), address, now, "second factor: wrong recovery code");
        }
        audit.securityEvent(
                found.username(),
                SecurityEvent.Kind.RECOVERY_CODE_USED,
                recoveryCodes.remaining(found) + " recovery codes left",
                remoteAddress);
        return signedIn(found, address, now, "with a recovery code", List.of());
    }

    /**
     * Checks a personal API token; its use is written down at most once a minute. A token is 256 random bits, so
     * it cannot be guessed and is cheap to look up: it is always checked, and a valid one always works. The
     * throttle only keeps an address that sends bad tokens from writing a row for each: after a few, its bad
     * tokens are answered 429 and counted.
     */
    public SignInOutcome checkToken(String token, String remoteAddress) {
        Instant now = clock.instant();
        String address = address(remoteAddress);
        Optional<ApiToken> found = ApiTokens.wellFormed(token) && token.length() <= TOKEN_MAX_LENGTH
                ? tokens.findActive(token).filter(t -> t.account().isActive())
                : Optional.empty();
        if (found.isEmpty()) {
            Optional<SignInOutcome> held = held(TOKENS, address, now);
            if (held.isPresent()) {
                return held.get();
            }
            throttle.failed(TOKENS, address, now);
            audit.securityEvent(
                    null, SecurityEvent.Kind.SIGN_IN_FAILURE, "unknown or revoked API token", remoteAddress);
            return new SignInOutcome.Refused();
        }
        Account account = found.get().account();
        if (found.get().used(now)) {
            audit.securityEvent(
                    account.username(),
                    SecurityEvent.Kind.SIGN_IN_SUCCESS,
                    "API token " + found.get().name(),
                    remoteAddress);
        }
        return new SignInOutcome.SignedIn(
                account.username(), account.role(), account.isPasswordChangeRequired(), List.of());
    }

    /**
     * Checks a signed-in person's current password before a change, throttled like a sign-in: a stolen session
     * must not become a way to guess it.
     */
    public SignInOutcome confirmPassword(String username, char[] password, String remoteAddress) {
        Instant now = clock.instant();
        String address = address(remoteAddress);
        Optional<SignInOutcome> held = held(username, address, now);
        if (held.isPresent()) {
            return held.get();
        }
        Optional<Account> account = accounts.find(username).filter(Account::isActive);
        if (account.isEmpty() || !hasher.verify(password, account.get().passwordHash())) {
            return failed(username, address, now, "wrong current password");
        }
        return new SignInOutcome.SignedIn(
                username, account.get().role(), account.get().isPasswordChangeRequired(), List.of());
    }

    /** What a signed-in session must know on each request, or empty once the account is deactivated or gone. */
    /** From memory after the first request of an account, until any account changes ({@link AccountChanges}). */
    public Optional<SessionState> sessionState(String username) {
        return AccountChanges.active(username, accounts::find)
                .map(known -> new SessionState(known.passwordChangeRequired(), known.credentialsChangedAt()));
    }

    public void signedOut(String username, String remoteAddress) {
        audit.securityEvent(username, SecurityEvent.Kind.SIGN_OUT, null, remoteAddress);
    }

    @Timeout
    void reportThrottled() {
        for (SignInThrottle.Refused.Report report : throttle.report()) {
            audit.securityEvent(
                    report.account(),
                    SecurityEvent.Kind.SIGN_IN_THROTTLED,
                    report.count() + " attempts refused unread (too many failures) from " + report.first() + " to "
                            + report.last(),
                    report.lastAddress());
        }
    }

    @PreDestroy
    void reportBeforeStopping() {
        reportThrottled();
    }

    /** A throttled attempt, refused unread and counted for the report; empty when it may be checked now. */
    private Optional<SignInOutcome> held(String account, String address, Instant now) {
        Duration wait = throttle.wait(account, address, now);
        if (wait.isZero()) {
            return Optional.empty();
        }
        throttle.refused(account, address, now);
        return Optional.of(new SignInOutcome.Throttled(wait));
    }

    private SignInOutcome failed(String name, String address, Instant now, String detail) {
        throttle.failed(name, address, now);
        audit.securityEvent(name, SecurityEvent.Kind.SIGN_IN_FAILURE, detail, address);
        return new SignInOutcome.Refused();
    }

    private SignInOutcome signedIn(Account account, String address, Instant now, String detail, List<String> codes) {
        throttle.succeeded(account.username(), address);
        audit.securityEvent(account.username(), SecurityEvent.Kind.SIGN_IN_SUCCESS, detail, address);
        return new SignInOutcome.SignedIn(
                account.username(), account.role(), account.isPasswordChangeRequired(), codes);
    }

    private static String address(String remoteAddress) {
        return remoteAddress == null ? "unknown" : remoteAddress;
    }

    private static String typed(String typed, String canonical) {
        return canonical.equals(typed) ? null : "typed as '" + UserNames.asTyped(typed) + "'";
    }

    /** A signed-in session's account: whether it must change its password, and since when sessions hold. */
    public record SessionState(boolean passwordChangeRequired, Instant credentialsChangedAt) {}
}
