package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** The measures' one definition each: pending, age bands, whose turn and overdue. */
class MeasuresTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    @Test
    void aClaimIsPendingUntilClosedOrItsPaternityDetermined() {
        assertTrue(Pending.is(ClaimStatus.NOTIFIED, PaternityOutcome.UNDETERMINED));
        assertTrue(Pending.is(ClaimStatus.INCONCLUSIVE, PaternityOutcome.INCONCLUSIVE));
        assertTrue(Pending.is(ClaimStatus.ON_HOLD, PaternityOutcome.UNDETERMINED));
        assertFalse(
                Pending.is(ClaimStatus.SUPPORT_ARRANGED, PaternityOutcome.ESTABLISHED),
                "established but still open is not pending");
        assertFalse(Pending.is(ClaimStatus.PATERNITY_EXCLUDED, PaternityOutcome.EXCLUDED));
        assertFalse(Pending.is(ClaimStatus.CLOSED, PaternityOutcome.UNDETERMINED));
    }

    @Test
    void eachBandHoldsTheClaimsReceivedWithinItsBoundsAndTheBoundsMeet() {
        assertEquals(AgeBand.UNDER_1Y, AgeBand.of(AS_OF, AS_OF));
        assertEquals(AgeBand.UNDER_1Y, AgeBand.of(LocalDate.of(2023, 7, 1), AS_OF));
        assertEquals(AgeBand.FROM_1_TO_3Y, AgeBand.of(LocalDate.of(2023, 6, 30), AS_OF));
        assertEquals(AgeBand.FROM_3_TO_5Y, AgeBand.of(LocalDate.of(2021, 6, 30), AS_OF));
        assertEquals(AgeBand.FROM_5_TO_10Y, AgeBand.of(LocalDate.of(2014, 7, 1), AS_OF));
        assertEquals(AgeBand.OVER_10Y, AgeBand.of(LocalDate.of(2014, 6, 30), AS_OF));
        for (LocalDate day = LocalDate.of(2010, 1, 1); !day.isAfter(AS_OF); day = day.plusDays(17)) {
            AgeBand band = AgeBand.of(day, AS_OF);
            assertFalse(day.isAfter(band.receivedOnOrBefore(AS_OF)), day.toString());
            LocalDate after = band.receivedAfter(AS_OF);
            assertTrue(after == null || day.isAfter(after), day.toString());
        }
    }

    @Test
    void theStatusesOfATurnAreThoseTheLifecycleGivesThatPartyOnTheRoute() {
        assertEquals(
                EnumSet.of(ClaimStatus.RECEIVED, ClaimStatus.OUTCOME_REPORTED, ClaimStatus.PATERNITY_EXCLUDED),
                WhoseTurn.UN.statuses(Route.MEMBER_STATE));
        assertEquals(EnumSet.of(ClaimStatus.ON_HOLD), WhoseTurn.CLAIMANT.statuses(Route.UN));
        assertTrue(WhoseTurn.UN.statuses(Route.UN).contains(ClaimStatus.DNA_TESTING));
    }

    @Test
    void aStepIsOverdueFromTheDayAfterItsDueDayAndTheQueryBoundSaysTheSame() {
        TimeStandards standards = TimeStandards.DEFAULT;
        LocalDate since = LocalDate.of(2024, 5, 1);
        LocalDate due = standards.dueOn(NextStep.ACKNOWLEDGE, since).orElseThrow();
        assertFalse(standards.overdue(NextStep.ACKNOWLEDGE, since, due));
        assertTrue(standards.overdue(NextStep.ACKNOWLEDGE, since, due.plusDays(1)));
        assertFalse(standards.overdue(NextStep.CLOSE, since, due.plusYears(1)), "no standard, never overdue");
        for (LocalDate today = since; today.isBefore(since.plusDays(400)); today = today.plusDays(1)) {
            for (NextStep step : standards.allSteps().keySet()) {
                boolean byDueDay = today.isAfter(standards.dueOn(step, since).orElseThrow());
                assertEquals(
                        byDueDay,
                        since.isBefore(
                                standards.overdueIfWaitingSinceBefore(today).get(step)));
            }
        }
        assertTrue(standards.overdueIfWaitingSinceBefore(since).containsKey(NextStep.CONFIRM_OUTCOME));
        assertFalse(
                standards.stateOverdueIfWaitingSinceBefore(since).containsKey(NextStep.CONFIRM_OUTCOME),
                "a State's overdue steps are its own");
    }
}
