package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A claim resolved while support is paid: payments go on, and a missed one is the State's overdue step. */
class SupportAfterResolutionTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    /** A claim against a contingent member, paternity admitted, 100 USD a month from 1 January 2026 to 30 June 2027. */
    private static Claim arranged() {
        Claim claim = new Claim(
                ClaimReference.of(2025, 7),
                new NewClaim(
                        LocalDate.of(2025, 11, 1),
                        ClaimType.PATERNITY_AND_CHILD_SUPPORT,
                        "MONUSCO",
                        null,
                        PersonnelCategory.MILITARY_CONTINGENT,
                        "NPL",
                        null,
                        null,
                        List.of(new NewChild(null, 2009, Sex.FEMALE)),
                        null,
                        null),
                OFFICER);
        claim.act(new ClaimCommand.NotifyMemberState("NV-7", LocalDate.of(2025, 11, 3), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2025, 11, 10), null), OFFICER);
        claim.act(new ClaimCommand.RecordAdmission(LocalDate.of(2025, 12, 1), "signed"), OFFICER);
        claim.act(
                new ClaimCommand.ArrangeSupport(
                        SupportArrangement.Kind.COURT_ORDER,
                        new BigDecimal("100.00"),
                        "USD",
                        SupportArrangement.Frequency.MONTHLY,
                        LocalDate.of(2026, 1, 1),
                        null,
                        null,
                        LocalDate.of(2025, 12, 15)),
                OFFICER);
        return claim;
    }

    private static void pay(Claim claim, String amount, LocalDate on) {
        claim.act(new ClaimCommand.RecordPayment(new BigDecimal(amount), "USD", on, "payer", null), OFFICER);
    }

    @Test
    void aResolvedClaimStillTakesPaymentsUntilItsSupportIsPaid() {
        Claim claim = arranged();
        pay(claim, "300.00", LocalDate.of(2026, 11, 1));
        claim.act(new ClaimCommand.Close(ClosureReason.RESOLVED, null), OFFICER);

        assertTrue(claim.allowedActions().contains(ClaimAction.RECORD_PAYMENT));
        pay(claim, "200.00", TODAY);

        assertEquals(ClaimStatus.CLOSED, claim.status());
        assertEquals(LocalDate.of(2027, 6, 30), claim.support().arrangement(1).endsOn());
        assertEquals(
                new BigDecimal("700.00"), claim.support().figures(TODAY).get(0).arrears());
        assertEquals(Optional.of(NextStep.RECORD_PAYMENT), claim.nextStep());
        assertEquals(LocalDate.of(2026, 6, 1), claim.nextStepSince(), "the sixth month is the oldest left unpaid");
        assertTrue(TimeStandards.DEFAULT.overdue(NextStep.RECORD_PAYMENT, claim.nextStepSince(), TODAY));
    }

    @Test
    void aClaimPaidToTheEndOfItsSupportWaitsForNothingOnceResolved() {
        Claim claim = arranged();
        pay(claim, "1800.00", LocalDate.of(2026, 1, 5));
        assertEquals(Optional.empty(), claim.nextStep());
        claim.act(new ClaimCommand.Close(ClosureReason.RESOLVED, null), OFFICER);

        assertEquals(Optional.empty(), claim.nextStep());
        assertEquals(
                new BigDecimal("0"),
                claim.support()
                        .figures(LocalDate.of(2030, 1, 1))
                        .get(0)
                        .arrears()
                        .stripTrailingZeros());
    }

    @Test
    void aPaymentWaitedForBeforeItsPeriodFallsDueIsNotOverdue() {
        Claim claim = arranged();
        pay(claim, "1200.00", LocalDate.of(2026, 11, 30));

        assertEquals(LocalDate.of(2027, 1, 1), claim.nextStepSince());
        assertFalse(TimeStandards.DEFAULT.overdue(NextStep.RECORD_PAYMENT, claim.nextStepSince(), TODAY));
    }

    @Test
    void aResolvedClaimsSupportIsRevisedAndTerminatedWithItsArrearsKept() {
        Claim claim = arranged();
        claim.act(new ClaimCommand.Close(ClosureReason.RESOLVED, null), OFFICER);
        claim.act(
                new ClaimCommand.ReviseSupport(
                        null,
                        LocalDate.of(2026, 7, 16),
                        new BigDecimal("200.00"),
                        "USD",
                        SupportArrangement.Frequency.MONTHLY),
                OFFICER);
        claim.act(
                new ClaimCommand.TerminateSupport(1, TODAY, SupportSchedule.TerminationReason.COURT_DECISION, null),
                OFFICER);

        // Jan-Jun 600.00; July 100 x 15/31 + 200 x 16/31 = 48.39 + 103.23; Aug-Nov 800.00; 1-2 Dec 200 x 2/31 = 12.90
        assertEquals(
                new BigDecimal("1564.52"),
                claim.support().figures(LocalDate.of(2030, 1, 1)).get(0).due());
        assertEquals(TODAY, claim.support().arrangement(1).endsOn());
        assertTrue(claim.allowedActions().contains(ClaimAction.RECORD_PAYMENT));
    }

    @Test
    void reimbursementsAreWithheldWhileTheClaimIsPendingAndReleasedAfterItsClosure() {
        Claim claim = arranged();
        assertTrue(claim.allowedActions().contains(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT));
        claim.act(new ClaimCommand.RecordWithheldReimbursement(new BigDecimal("5000"), "USD", null), OFFICER);
        claim.act(new ClaimCommand.Close(ClosureReason.WITHDRAWN, null), OFFICER);

        assertTrue(claim.allowedActions().contains(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT));
        claim.act(new ClaimCommand.ReleaseWithheldReimbursement(new BigDecimal("5000"), "USD", null), OFFICER);
        assertFalse(claim.allowedActions().contains(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT));
    }

    @Test
    void aClaimClosedForAnotherReasonTakesNoMorePayments() {
        Claim claim = arranged();
        claim.act(new ClaimCommand.Close(ClosureReason.WITHDRAWN, null), OFFICER);

        assertFalse(claim.allowedActions().contains(ClaimAction.RECORD_PAYMENT));
        assertThrows(TransitionNotAllowedException.class, () -> pay(claim, "10.00", TODAY));
        assertEquals(Optional.empty(), claim.nextStep());
    }
}
