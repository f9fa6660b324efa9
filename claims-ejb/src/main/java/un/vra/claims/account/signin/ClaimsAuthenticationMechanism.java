package un.vra.claims.account.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import un.vra.claims.account.AccountAuthentication;
import un.vra.claims.account.SignInOutcome;
import un.vra.claims.account.UserNames;
import un.vra.claims.audit.RequestOrigin;
import un.vra.claims.shared.ErrorCode;

/**
 * A web module may have only one authentication mechanism, and each module needs several: pages sign in through
 * a form (and a second step for a code of the second factor), API clients send HTTP Basic credentials or, for
 * accounts with a second factor, a personal token ({@code Authorization: Bearer}). A protected API request
 * without credentials gets a Basic challenge; a protected page redirects to the sign-in form, which
 * authenticates through {@code SecurityContext}.
 *
 * <p>Every sign-in (form, second step, Basic) starts a new session: the one the request came with, if any, is
 * ended first, so neither its id nor anything in it outlives the sign-in, and a Basic request for another user
 * never inherits it. A bearer request never uses a session and ends any it came with. The sign-in is kept in the
 * new session, name and groups together, and given back to the container on every later request of that
 * session. {@code @AutoApplySession} was not enough: it hands back the name only, and under concurrent requests
 * Payara then sometimes answered 403 for lack of the groups. A Basic request whose user matches the session's is
 * served from the session, so clients that keep the cookie pay for the slow password hash once.
 *
 * <p>An account whose password was issued by someone else reaches only the password page (and the recovery codes
 * its enrolment just issued) and {@code POST /api/account/password} until it changes it: pages redirect there,
 * the API answers 403 {@code PASSWORD_CHANGE_REQUIRED}.
 */
@ApplicationScoped
public class ClaimsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PATH = "/api/";
    static final String SIGN_IN_PAGE = "/sign-in.xhtml";
    static final String SECOND_FACTOR_PAGE = "/second-factor.xhtml";
    static final String PASSWORD_PAGE = "/account/password.xhtml";
    static final String PASSWORD_API = "/api/account/password";
    static final String RECOVERY_CODES_PAGE = "/account/recovery-codes.xhtml";
    private static final String RESOURCES = "/jakarta.faces.resource/";

    @Inject
    private AccountAuthentication authentication;

    @Inject
    private RequestOrigin origin;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted instanceof UsernamePasswordCredential form) {
            return formSignIn(request, response, context, form);
        }
        if (submitted instanceof SecondFactorCredential code) {
            return secondStep(request, response, context, code);
        }
        String authorization = request.getHeader("Authorization");
        if (isApi(request) && startsWith(authorization, "Bearer ")) {
            return bearer(request, response, context, authorization.substring(7).strip());
        }
        boolean basic = startsWith(authorization, "Basic ");
        Optional<UsernamePasswordCredential> basicCredential =
                basic ? basicCredential(authorization) : Optional.empty();
        Optional<SignedInSession> remembered = remembered(request)
                .filter(session -> !basic
                        || basicCredential
                                .map(c -> UserNames.canonical(c.getCaller()).equals(session.username()))
                                .orElse(false));
        if (remembered.isPresent()) {
            Optional<AccountAuthentication.SessionState> state = stillValid(request, remembered.get());
            if (state.isPresent()) {
                return admit(
                        request,
                        response,
                        context,
                        remembered.get().username(),
                        remembered.get().groups(),
                        state.get().passwordChangeRequired());
            }
        }
        if (basic) {
            return basicCredential
                    .map(c -> basicSignIn(request, response, context, c))
                    .orElseGet(() -> challenge(response, context));
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return challenge(response, context);
        }
        return context.redirect(request.getContextPath() + SIGN_IN_PAGE + SignInState.nextParameter(request));
    }

    private AuthenticationStatus formSignIn(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            UsernamePasswordCredential form) {
        SignInOutcome outcome = authentication.checkPassword(
                form.getCaller(), form.getPassword().getValue(), origin.remoteAddress(), true);
        if (outcome instanceof SignInOutcome.SecondFactorRequired second) {
            renew(request)
                    .setAttribute(
                            PendingSignIn.ATTRIBUTE,
                            new PendingSignIn(
                                    second.accountId(),
                                    second.username(),
                                    second.newSecret(),
                                    second.setUpUri(),
                                    Instant.now(),
                                    0));
            return context.redirect(request.getContextPath() + SECOND_FACTOR_PAGE);
        }
        return pageOutcome(request, response, context, outcome);
    }

    private AuthenticationStatus secondStep(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            SecondFactorCredential code) {
        Optional<PendingSignIn> pending = SignInState.pending(request);
        if (pending.isEmpty()) {
            request.setAttribute(SignInState.NO_PENDING_SIGN_IN, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInOutcome outcome = authentication.checkSecondFactor(
                pending.get().accountId(), pending.get().newSecret(), code.code(), origin.remoteAddress());
        if (outcome instanceof SignInOutcome.Refused) {
            PendingSignIn next = pending.get().wrongCode();
            request.getSession().setAttribute(PendingSignIn.ATTRIBUTE, next);
            if (next.expired(Instant.now())) {
                request.setAttribute(SignInState.NO_PENDING_SIGN_IN, Boolean.TRUE);
            }
        }
        return pageOutcome(request, response, context, outcome);
    }

    /** A step of the page sign-in ended: signed in, or a failure the page explains (a throttle says for how long). */
    private AuthenticationStatus pageOutcome(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            remember(request, signedIn);
            return context.notifyContainerAboutLogin(
                    signedIn.username(), Set.of(signedIn.role().name()));
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            request.setAttribute(
                    SignInState.RETRY_AFTER, Math.max(1, throttled.retryAfter().toSeconds() + 1));
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private AuthenticationStatus basicSignIn(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            UsernamePasswordCredential credential) {
        SignInOutcome outcome = authentication.checkPassword(
                credential.getCaller(), credential.getPassword().getValue(), origin.remoteAddress(), false);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return complete(request, response, context, signedIn);
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            return ApiReplies.throttled(response, throttled.retryAfter());
        }
        if (outcome instanceof SignInOutcome.TokenRequired) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"claims\"");
            return ApiReplies.refuse(
                    response,
                    ErrorCode.TOKEN_REQUIRED,
                    "This account signs in with a second factor: on the API it sends a personal token"
                            + " (Authorization: Bearer ...), created on the API tokens page after signing in.");
        }
        return challenge(response, context);
    }

    private AuthenticationStatus bearer(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context, String token) {
        HttpSession existing = request.getSession(false);
        if (existing != null) {
            existing.invalidate();
        }
        SignInOutcome outcome = authentication.checkToken(token, origin.remoteAddress());
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            return admit(
                    request,
                    response,
                    context,
                    signedIn.username(),
                    Set.of(signedIn.role().name()),
                    signedIn.passwordChangeRequired());
        }
        if (outcome instanceof SignInOutcome.Throttled throttled) {
            return ApiReplies.throttled(response, throttled.retryAfter());
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"claims\", error=\"invalid_token\"");
        return ApiReplies.refuse(
                response,
                ErrorCode.UNAUTHORIZED,
                "The token is not valid: it is unknown, revoked, or its account is no longer active.");
    }

    /**
     * A Basic sign-in: remembered in a new session, and this very request goes on only if its password need not be
     * changed first. (A page sign-in goes on to its own next page; the requests after it meet that rule.)
     */
    private AuthenticationStatus complete(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            SignInOutcome.SignedIn signedIn) {
        remember(request, signedIn);
        return admit(
                request,
                response,
                context,
                signedIn.username(),
                Set.of(signedIn.role().name()),
                signedIn.passwordChangeRequired());
    }

    /** A new session holds the sign-in, and the recovery codes it issued until the page shows them once. */
    private static void remember(HttpServletRequest request, SignInOutcome.SignedIn signedIn) {
        Instant now = Instant.now();
        HttpSession session = renew(request);
        session.setAttribute(
                SignedInSession.ATTRIBUTE,
                new SignedInSession(signedIn.username(), Set.of(signedIn.role().name()), now, now));
        if (!signedIn.recoveryCodes().isEmpty()) {
            session.setAttribute(SignInState.RECOVERY_CODES, new ArrayList<>(signedIn.recoveryCodes()));
        }
    }

    /** The container learns who is calling, unless a password issued by someone else must be changed first. */
    private AuthenticationStatus admit(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpMessageContext context,
            String username,
            Set<String> groups,
            boolean passwordChangeRequired) {
        if (passwordChangeRequired && context.isProtected() && !allowedBeforePasswordChange(request)) {
            if (isApi(request)) {
                return ApiReplies.refuse(
                        response,
                        ErrorCode.PASSWORD_CHANGE_REQUIRED,
                        "Change the password issued to you first: POST /claims/api/account/password with"
                                + " currentPassword and newPassword, or the password page.");
            }
            return context.redirect(request.getContextPath() + PASSWORD_PAGE);
        }
        return context.notifyContainerAboutLogin(username, groups);
    }

    private static boolean allowedBeforePasswordChange(HttpServletRequest request) {
        String path = path(request);
        return path.equals(PASSWORD_PAGE)
                || path.equals(PASSWORD_API)
                || path.equals(RECOVERY_CODES_PAGE)
                || path.startsWith(RESOURCES);
    }

    /**
     * A remembered sign-in holds only while the session is younger than the absolute timeout, the account is still
     * active, and its credentials did not change since they were checked: a deactivated or handed-over account,
     * or one whose password was changed or reset elsewhere, loses this session on its very next request.
     */
    private Optional<AccountAuthentication.SessionState> stillValid(
            HttpServletRequest request, SignedInSession session) {
        Optional<AccountAuthentication.SessionState> state = session.expired(Instant.now())
                ? Optional.empty()
                : authentication
                        .sessionState(session.username())
                        .filter(s -> !s.credentialsChangedAt().isAfter(session.credentialsCheckedAt()));
        if (state.isEmpty()) {
            request.getSession().invalidate();
        }
        return state;
    }

    /** Ends the session the request came with, if any, and starts a fresh one: nothing of it outlives a sign-in. */
    private static HttpSession renew(HttpServletRequest request) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        return request.getSession(true);
    }

    private static Optional<SignedInSession> remembered(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((SignedInSession) session.getAttribute(SignedInSession.ATTRIBUTE));
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith(API_PATH) || (request.getServletPath() + "/").equals(API_PATH);
    }

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static boolean startsWith(String header, String scheme) {
        return header != null && header.regionMatches(true, 0, scheme, 0, scheme.length());
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"claims\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static Optional<UsernamePasswordCredential> basicCredential(String header) {
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 1) {
                return Optional.empty();
            }
            return Optional.of(
                    new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
