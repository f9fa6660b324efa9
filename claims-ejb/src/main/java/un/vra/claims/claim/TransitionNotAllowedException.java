package un.vra.claims.claim;

import java.util.Set;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;

/** An action the claim's current state does not allow; says what is allowed instead. */
public class TransitionNotAllowedException extends DomainException {

    private final ClaimStatus status;
    private final Set<ClaimAction> allowedActions;

    public TransitionNotAllowedException(String message, ClaimStatus status, Set<ClaimAction> allowedActions) {
        super(ErrorCode.TRANSITION_NOT_ALLOWED, message, status, allowedActions);
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
