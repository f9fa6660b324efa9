package un.vra.claims.account.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

    /** Query parameter of the sign-in page: the page of this module that was asked for before signing in. */
    public static final String NEXT = "next";

    /** Session attribute: where to go once the second factor is given. */
    static final String NEXT_AFTER_SECOND_FACTOR = SignInState.class.getName() + ".next";

    /** The longest page address kept for after the sign-in; a longer one leads to the home page. */
    static final int NEXT_MAX_LENGTH = 1000;

    private SignInState() {}

    /**
     * The sign-in page's query for a page asked for without a session ({@code ?next=/claim.xhtml?reference=...}),
     * so that a link in a mail or from a colleague lands where it points once signed in; empty for anything but a
     * plain page read.
     */
    static String nextParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String next = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        return safeNext(next)
                .map(page -> "?" + NEXT + "=" + URLEncoder.encode(page, StandardCharsets.UTF_8))
                .orElse("");
    }

    /**
     * A page of this module to go to after signing in, if {@code next} is one: a path from the module's root,
     * never another site ({@code //host}, {@code /\host}, a scheme), a line break or the sign-in pages
     * themselves.
     */
    public static Optional<String> safeNext(String next) {
        if (next == null
                || next.length() > NEXT_MAX_LENGTH
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.equals("/")
                || next.chars().anyMatch(c -> c == '\\' || c < 0x20 || c == 0x7f)) {
            return Optional.empty();
        }
        String path = next.contains("?") ? next.substring(0, next.indexOf('?')) : next;
        boolean refused = path.equals(ClaimsAuthenticationMechanism.SIGN_IN_PAGE)
                || path.equals(ClaimsAuthenticationMechanism.SECOND_FACTOR_PAGE)
                || path.contains(":");
        return refused ? Optional.empty() : Optional.of(next);
    }

    /** Keeps the page asked for on the session while the second factor is asked; it survives that step only. */
    public static void keepNext(HttpServletRequest request, String next) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            safeNext(next).ifPresent(page -> session.setAttribute(NEXT_AFTER_SECOND_FACTOR, page));
        }
    }

    /** The page kept by {@link #keepNext}, handed out once. */
    public static Optional<String> takeNext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Object next = session.getAttribute(NEXT_AFTER_SECOND_FACTOR);
        session.removeAttribute(NEXT_AFTER_SECOND_FACTOR);
        return next == null ? Optional.empty() : safeNext(next.toString());
    }

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
