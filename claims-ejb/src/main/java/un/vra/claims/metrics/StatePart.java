package un.vra.claims.metrics;

import java.util.EnumSet;
import java.util.Set;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.WhoseTurn;

/**
 * What a State answers for on its claims (issue 11, "responsiveness that a State cannot game"): the statuses in
 * which it is the State's turn, and the events that are the State's action. A VRA comment or any other UN step
 * is not the State's action; the State's own steps are, whoever recorded them on its behalf.
 */
final class StatePart {

    /** The steps of the Member State route that are the State's to take. */
    static final Set<ClaimAction> STEPS = EnumSet.of(
            ClaimAction.ACKNOWLEDGE,
            ClaimAction.START_DNA_TEST,
            ClaimAction.RECORD_SAMPLE_COLLECTION,
            ClaimAction.RECORD_CUSTODY_TRANSFER,
            ClaimAction.RECORD_LAB_RECEIPT,
            ClaimAction.RECORD_DNA_RESULT,
            ClaimAction.RECORD_ADMISSION,
            ClaimAction.ARRANGE_SUPPORT,
            ClaimAction.RECORD_PAYMENT);

    private StatePart() {}

    /** The statuses in which a claim on the Member State route waits for the State, as the lifecycle says. */
    static Set<ClaimStatus> turns() {
        return WhoseTurn.MEMBER_STATE.statuses(Route.MEMBER_STATE);
    }

    /** SQL: the period {@code p} is in one of the State's turns. */
    static String inTurn(String period) {
        return MeasureSql.inTurn(period, WhoseTurn.MEMBER_STATE, Route.MEMBER_STATE);
    }

    /** SQL: the event {@code e} is the State's action: recorded by its focal point, or one of its steps. */
    static String action(String event) {
        return "(" + event + ".actor_role = '" + Role.FOCAL + "' OR " + event + ".action IN (" + MeasureSql.names(STEPS)
                + "))";
    }
}
