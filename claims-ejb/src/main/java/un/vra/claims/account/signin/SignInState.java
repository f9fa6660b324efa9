package un.vra.claims.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the sign-in pages read from the sign-in mechanism, and tell it, about the current request and session. */
public final class SignInState {

    /** Request attribute: seconds before a throttled attempt may be made again. */
    public static final String RETRY_AFTER = SignInState.class.getName() + ".retryAfter";

    /** Request attribute: the second step was asked without a pending sign-in (expired, or too many wrong codes). */
    public static final String NO_PENDING_SIGN_IN = SignInState.class.getName() + ".noPendingSignIn";

    static final String RECOVERY_CODES = SignInState.class.getName() + ".recoveryCodes";

    private SignInState() {}

    /** The sign-in waiting for its second factor on this session, if any and still valid. */
    public static Optional<PendingSignIn> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return Optional.ofNullable(
                        session == null ? null : (PendingSignIn) session.getAttribute(PendingSignIn.ATTRIBUTE))
                .filter(pending -> !pending.expired(Instant.now()));
    }

    /** The recovery codes issued by this session's sign-in, handed out once: a second call gets none. */
    @SuppressWarnings("unchecked")
    public static List<String> takeRecoveryCodes(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return List.of();
        }
        List<String> codes = (List<String>) session.getAttribute(RECOVERY_CODES);
        session.removeAttribute(RECOVERY_CODES);
        return codes == null ? List.of() : List.copyOf(codes);
    }

    /**
     * This session changed its own account's password: it goes on under a new id, while every other session of
     * the account ends at its next request.
     */
    public static void credentialsChanged(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedInSession.ATTRIBUTE) instanceof SignedInSession signedIn) {
            request.changeSessionId();
            session = request.getSession(false);
            session.setAttribute(SignedInSession.ATTRIBUTE, signedIn.checkedAgain(Instant.now()));
        }
    }
}
