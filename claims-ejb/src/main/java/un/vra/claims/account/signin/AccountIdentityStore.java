package un.vra.claims.account.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import un.vra.claims.account.AccountAuthentication;
import un.vra.claims.audit.RequestOrigin;

/** The identity store of both web modules: the account table, through the EJB module. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountAuthentication authentication;

    @Inject
    private RequestOrigin origin;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return authentication.authenticate(credential.getCaller(), credential.getPassword().getValue(),
                        origin.remoteAddress())
                .map(signedIn -> new CredentialValidationResult(signedIn.username(), Set.of(signedIn.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
