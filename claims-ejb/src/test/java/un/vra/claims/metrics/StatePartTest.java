package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;

class StatePartTest {

    @Test
    void theStatesTurnIsEveryStatusTheLifecycleGivesTheMemberStateOnItsRoute() {
        assertEquals(
                EnumSet.of(
                        ClaimStatus.NOTIFIED,
                        ClaimStatus.ACKNOWLEDGED,
                        ClaimStatus.DNA_TESTING,
                        ClaimStatus.INCONCLUSIVE,
                        ClaimStatus.PATERNITY_ESTABLISHED,
                        ClaimStatus.SUPPORT_ARRANGED),
                StatePart.turns());
    }

    @Test
    void aClaimWithTheUnOnHoldOrClosedIsNotInTheStatesTurn() {
        for (ClaimStatus status : List.of(
                ClaimStatus.RECEIVED, ClaimStatus.PATERNITY_EXCLUDED, ClaimStatus.ON_HOLD, ClaimStatus.CLOSED)) {
            assertFalse(StatePart.turns().contains(status), status.name());
            assertFalse(StatePart.inTurn("p").contains("'" + status.name() + "'"), status.name());
        }
    }

    @Test
    void theStatesActionIsWhatItsFocalPointRecordsOrItsOwnStepWhoeverRecordsIt() {
        String action = StatePart.action("e");
        assertTrue(action.startsWith("(e.actor_role = 'FOCAL_POINT' OR e.action IN ("), action);
        for (ClaimAction step : StatePart.STEPS) {
            assertTrue(action.contains("'" + step.name() + "'"), step.name());
        }
        for (ClaimAction unStep : List.of(
                ClaimAction.ADD_COMMENT,
                ClaimAction.ADD_DOCUMENT,
                ClaimAction.NOTIFY_MEMBER_STATE,
                ClaimAction.PUT_ON_HOLD,
                ClaimAction.RESUME,
                ClaimAction.CLOSE,
                ClaimAction.REOPEN,
                ClaimAction.RECORD_INTERIM_ASSISTANCE)) {
            assertFalse(action.contains("'" + unStep.name() + "'"), unStep + " is not the State's action");
        }
    }

    @Test
    void namesAreQuotedSortedAndSeparated() {
        assertEquals("'CLOSED', 'NOTIFIED'", MeasureSql.names(List.of(ClaimStatus.NOTIFIED, ClaimStatus.CLOSED)));
    }
}
