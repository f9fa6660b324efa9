package un.vra.claims.account.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A web module may have only one authentication mechanism, and each module needs two: pages sign in
 * through a form, API clients send HTTP Basic credentials. Requests with an {@code Authorization: Basic}
 * header are checked as Basic; a protected API request without credentials gets a Basic challenge; a
 * protected page redirects to the sign-in form, which authenticates through {@code SecurityContext}.
 */
@ApplicationScoped
@AutoApplySession
public class ClaimsAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String API_PATH = "/api/";
    static final String SIGN_IN_PAGE = "/sign-in.xhtml";

    @Inject
    private IdentityStoreHandler identityStoreHandler;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential submitted = context.getAuthParameters().getCredential();
        if (submitted != null) {
            return context.notifyContainerAboutLogin(identityStoreHandler.validate(submitted));
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            CredentialValidationResult result = basicCredential(authorization)
                    .map(identityStoreHandler::validate)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
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
