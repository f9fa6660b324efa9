package un.vra.claims.claim.application;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.Lifecycle;
import un.vra.claims.claim.Party;

/**
 * Which actions each role may take, as the lifecycle table says of each action's party: VRA roles act for the UN,
 * a focal point for its Member State, and the other roles take no action.
 */
final class ActionPolicy {

    private ActionPolicy() {}

    static boolean allows(Role role, ClaimAction action) {
        return party(role).filter(party -> Lifecycle.mayTake(party, action)).isPresent();
    }

    static Set<ClaimAction> filter(Role role, Set<ClaimAction> actions) {
        Set<ClaimAction> allowed = EnumSet.noneOf(ClaimAction.class);
        actions.stream().filter(action -> allows(role, action)).forEach(allowed::add);
        return allowed;
    }

    /** The party a role acts for, if any. */
    static Optional<Party> party(Role role) {
        if (role.isVra()) {
            return Optional.of(Party.UN);
        }
        return role == Role.FOCAL_POINT ? Optional.of(Party.MEMBER_STATE) : Optional.empty();
    }
}
