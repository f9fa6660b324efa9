package un.vra.claims.claim;

import java.util.Set;
import un.vra.claims.shared.DomainException;

/** An action the claim's current state does not allow; says what is allowed instead. */
public class TransitionNotAllowedException extends DomainException {

    private final ClaimStatus status;
    private final Set<ClaimAction> allowedActions;

    public TransitionNotAllowedException(String message, ClaimStatus status, Set<ClaimAction> allowedActions) {
        super("TRANSITION_NOT_ALLOWED", message);
        this.status = status;
        this.allowedActions = Set.copyOf(allowedActions);
    }

    public ClaimStatus status() {
        return status;
    }

    public Set<ClaimAction> allowedActions() {
        return allowedActions;
    }
}
