package un.vra.claims.account.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import un.vra.claims.account.AccountAuthentication;

/**
 * A web module may have only one authentication mechanism, and each module needs two: pages sign in
 * through a form, API clients send HTTP Basic credentials. Requests with an {@code Authorization: Basic}
 * header are checked as Basic; a protected API request without credentials gets a Basic challenge; a
 * protected page redirects to the sign-in form, which authenticates through {@code SecurityContext}.
 *
 * <p>A successful sign-in is kept in the HTTP session, name and groups together, and given back to the
 * container on every later request of that session. {@code @AutoApplySession} was not enough: it hands
 * back the name only, and under concurrent requests Payara then sometimes answered 403 for lack of the
 * groups. A Basic request whose user matches the session's is served from the session, so clients that keep
 * the cookie pay for the slow password hash once.
 */
@ApplicationScoped
public class ClaimsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PATH = "/api/";
    static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Inject
    private AccountAuthentication authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            CredentialValidationResult result = identityStoreHandler.validate(submitted);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                if (request.getSession(false) != null) {
                    request.changeSessionId();
                }
                remember(request, result);
            }
            return context.notifyContainerAboutLogin(result);
        }
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        Optional<UsernamePasswordCredential> basicCredential = basic ? basicCredential(authorization) : Optional.empty();
        Optional<SignedInSession> remembered = remembered(request)
                .filter(session -> !basic || basicCredential.map(c -> c.getCaller().equals(session.username()))
                        .orElse(false))
                .filter(session -> stillValid(request, session));
        if (remembered.isPresent()) {
            return context.notifyContainerAboutLogin(remembered.get().username(), remembered.get().groups());
        }
        if (basic) {
            CredentialValidationResult result = basicCredential
                    .map(identityStoreHandler::validate)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                remember(request, result);
                return context.notifyContainerAboutLogin(result);
            }
            return challenge(response, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (request.getServletPath().startsWith(API_PATH) || (request.getServletPath() + "/").equals(API_PATH)) {
            return challenge(response, context);
        }
        return context.redirect(request.getContextPath() + SIGN_IN_PAGE);
    }

    /**
     * A remembered sign-in holds only while the session is younger than the absolute timeout and the account
     * is still active: a deactivated or handed-over account loses access on its very next request.
     */
    private boolean stillValid(HttpServletRequest request, SignedInSession session) {
        if (session.expired(Instant.now()) || !authentication.stillActive(session.username())) {
            request.getSession().invalidate();
            return false;
        }
        return true;
    }

    private static void remember(HttpServletRequest request, CredentialValidationResult result) {
        request.getSession(true).setAttribute(SignedInSession.ATTRIBUTE, new SignedInSession(
                result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()), Instant.now()));
    }

    private static Optional<SignedInSession> remembered(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable((SignedInSession) session.getAttribute(SignedInSession.ATTRIBUTE));
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"claims\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static Optional<UsernamePasswordCredential> basicCredential(String header) {
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
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
