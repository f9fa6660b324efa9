package un.vra.claims.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.audit.RequestOrigin;
import un.vra.claims.audit.SecurityEvent;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.NotFoundException;
import un.vra.claims.shared.NotPermittedException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * What every signed-in person does with their own account: change the password (knowing the current one), and,
 * for accounts with a second factor, their personal API tokens and recovery codes. Every change is a security
 * event.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.FOCAL, Role.TASK, Role.AUDIT})
public class OwnAccountService {

    static final int MAX_ACTIVE_TOKENS = 10;
    private static final Pattern TOKEN_NAME = Pattern.compile("[^\\p{Cc}\\p{Cf}]{1,60}");

    @Inject
    private AccountRepository accounts;

    @Inject
    private AccountAuthentication authentication;

    @Inject
    private ApiTokens tokens;

    @Inject
    private RecoveryCodes recoveryCodes;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private RequestOrigin origin;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** A token as created: the only time the token itself is seen. */
    public record CreatedToken(ApiTokenView token, String secret) {}

    /** The person's own account as the menu and the account pages need it. */
    public record Summary(
            String username, boolean secondFactor, boolean passwordChangeRequired, long recoveryCodesLeft) {}

    public Summary summary() {
        Account me = me();
        return new Summary(
                me.username(),
                me.hasSecondFactor(),
                me.isPasswordChangeRequired(),
                me.hasSecondFactor() ? recoveryCodes.remaining(me) : 0);
    }

    /** Where the person's reminders go, in which language, and whether in a weekly digest. */
    public record MailSettings(String email, String language, boolean weeklyDigest) {}

    public MailSettings mailSettings() {
        Account me = me();
        return new MailSettings(me.email(), me.language(), me.wantsWeeklyDigest());
    }

    /** The person chooses where reminders go, their language, and each mail or a weekly digest. */
    public MailSettings chooseMail(String email, String language, boolean weeklyDigest) {
        Account me = me();
        me.chooseMail(email, language, weeklyDigest);
        return mailSettings();
    }

    public void changePassword(String currentPassword, String newPassword) {
        Account me = me();
        PasswordPolicy.check("newPassword", me.username(), newPassword);
        if (currentPassword == null || currentPassword.isEmpty() || currentPassword.length() > 1024) {
            throw new InvalidInputException("currentPassword", "the current password is not right");
        }
        SignInOutcome check =
                authentication.confirmPassword(me.username(), currentPassword.toCharArray(), origin.remoteAddress());
        if (check instanceof SignInOutcome.Throttled throttled) {
            long seconds = Math.max(1, throttled.retryAfter().toSeconds());
            throw new DomainException(
                    ErrorCode.SIGN_IN_THROTTLED,
                    "Too many wrong passwords: try again in " + seconds + " seconds.",
                    seconds);
        }
        if (!(check instanceof SignInOutcome.SignedIn)) {
            throw new InvalidInputException("currentPassword", "the current password is not right");
        }
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "choose a password other than the current one");
        }
        me.changePassword(hasher.hash(newPassword.toCharArray()), clock.instant());
        audit.securityEvent(me.username(), SecurityEvent.Kind.PASSWORD_CHANGED, null);
    }

    public PageResult<ApiTokenView> tokens(PageRequest page) {
        return tokens.page(me(), page);
    }

    /** A new personal API token; only accounts that sign in with a second factor have them. */
    public CreatedToken createToken(String name) {
        Account me = me();
        if (!me.hasSecondFactor()) {
            throw new NotPermittedException(
                    "API tokens are for accounts with a second factor; this account uses" + " its password on the API");
        }
        String trimmed = name == null ? "" : name.strip();
        if (!TOKEN_NAME.matcher(trimmed).matches()) {
            throw new InvalidInputException("name", "a name of 1 to 60 characters says what the token is for");
        }
        if (tokens.countActive(me) >= MAX_ACTIVE_TOKENS) {
            throw new InvalidInputException(
                    "name", "at most " + MAX_ACTIVE_TOKENS + " tokens can be active: revoke one first");
        }
        String secret = ApiTokens.newToken();
        ApiToken token = new ApiToken(me, trimmed, Secrets.sha256(secret), clock.instant());
        tokens.add(token);
        audit.securityEvent(me.username(), SecurityEvent.Kind.TOKEN_CREATED, trimmed);
        return new CreatedToken(token.toView(), secret);
    }

    public void revokeToken(long id) {
        Account me = me();
        ApiToken token = tokens.find(me, id).orElseThrow(() -> new NotFoundException("no token " + id));
        token.revoke(clock.instant());
        audit.securityEvent(me.username(), SecurityEvent.Kind.TOKEN_REVOKED, token.name());
    }

    /** Ten new recovery codes, shown once; the old ones stop working. */
    public List<String> newRecoveryCodes() {
        Account me = me();
        if (!me.hasSecondFactor()) {
            throw new NotPermittedException("recovery codes belong to a second factor, and this account has none");
        }
        Instant now = clock.instant();
        List<String> codes = recoveryCodes.issue(me, now);
        audit.securityEvent(me.username(), SecurityEvent.Kind.ACCOUNT_CHANGED, "issued new recovery codes");
        return codes;
    }

    private Account me() {
        return accounts.find(currentCaller.get().username()).orElseThrow(() -> new NotFoundException("no account"));
    }
}
