package un.vra.claims.claim.application;

import static un.vra.claims.claim.ClaimAction.*;

import java.util.EnumSet;
import java.util.Set;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimAction;

/** Which actions each role may take: VRA roles all of them, a focal point only its State's part. */
final class ActionPolicy {

    private static final Set<ClaimAction> MEMBER_STATE_ACTIONS = EnumSet.of(ACKNOWLEDGE, START_DNA_TEST,
            RECORD_SAMPLE_COLLECTION, RECORD_CUSTODY_TRANSFER, RECORD_LAB_RECEIPT, RECORD_DNA_RESULT,
            RECORD_ADMISSION, ARRANGE_SUPPORT, RECORD_PAYMENT, ADD_COMMENT, ADD_DOCUMENT);

    private ActionPolicy() {
    }

    static boolean allows(Role role, ClaimAction action) {
        return role.isVra() || (role == Role.FOCAL_POINT && MEMBER_STATE_ACTIONS.contains(action));
    }

    static Set<ClaimAction> filter(Role role, Set<ClaimAction> actions) {
        Set<ClaimAction> allowed = EnumSet.noneOf(ClaimAction.class);
        actions.stream().filter(action -> allows(role, action)).forEach(allowed::add);
        return allowed;
    }
}
