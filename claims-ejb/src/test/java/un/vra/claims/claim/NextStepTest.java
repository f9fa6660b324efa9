package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextStepTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private static final TimeStandards STANDARDS = TimeStandards.DEFAULT;

    private static Claim received(ClaimType type) {
        return new Claim(
                ClaimReference.of(2025, 1),
                new NewClaim(
                        LocalDate.of(2025, 1, 6), type, "MONUSCO", null, PersonnelCategory.MILITARY_CONTINGENT, "NPL"),
                OFFICER);
    }

    private static void collect(Claim claim, DnaSubject subject, LocalDate on) {
        claim.act(
                new ClaimCommand.RecordSampleCollection(
                        "KIT-1", subject, on, "Nurse", "Clinic", IdentityDocument.PASSPORT, "S-" + subject),
                OFFICER);
    }

    private static LocalDate due(Claim claim) {
        return STANDARDS
                .dueOn(claim.nextStep().orElseThrow(), claim.nextStepSince())
                .orElse(null);
    }

    @Test
    void eachStandardCountsFromTheMilestoneThatStartedIt() {
        Claim claim = received(ClaimType.PATERNITY_AND_CHILD_SUPPORT);
        assertEquals(Optional.of(NextStep.NOTIFY_MEMBER_STATE), claim.nextStep());
        assertEquals(LocalDate.of(2025, 2, 5), due(claim));

        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2025, 2, 1), null), OFFICER);
        assertEquals(LocalDate.of(2025, 2, 1), claim.notifiedOn());
        assertEquals(Optional.of(NextStep.ACKNOWLEDGE), claim.nextStep());
        assertEquals(LocalDate.of(2025, 3, 3), due(claim));

        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2025, 3, 1), null), OFFICER);
        assertEquals(LocalDate.of(2025, 3, 1), claim.milestones().acknowledgedOn());
        assertEquals(Optional.of(NextStep.COLLECT_SAMPLES), claim.nextStep());
        assertEquals(LocalDate.of(2025, 5, 30), due(claim));

        claim.act(
                new ClaimCommand.StartDnaTest("KIT-1", "Lab"),
                new Recording(
                        Actor.of("vra.officer", "VRA_OFFICER"),
                        Clock.fixed(
                                LocalDate.of(2025, 3, 15).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC)));
        collect(claim, DnaSubject.CHILD, LocalDate.of(2025, 4, 1));
        assertEquals(LocalDate.of(2025, 5, 30), due(claim), "sending the kit does not restart the samples' clock");

        collect(claim, DnaSubject.ALLEGED_FATHER, LocalDate.of(2025, 4, 20));
        assertEquals(Optional.of(NextStep.RECORD_DNA_RESULT), claim.nextStep());
        assertEquals(LocalDate.of(2025, 6, 19), due(claim));

        claim.act(new ClaimCommand.RecordLabReceipt("KIT-1", "Lab", LocalDate.of(2025, 4, 25), true), OFFICER);
        claim.act(
                new ClaimCommand.RecordDnaResult(
                        "KIT-1", "Lab", LocalDate.of(2025, 6, 1), DnaConclusion.INCLUSION, new BigDecimal("99.99")),
                OFFICER);
        assertEquals(Optional.of(NextStep.ARRANGE_SUPPORT), claim.nextStep());
        assertEquals(LocalDate.of(2025, 11, 28), due(claim));
    }

    @Test
    void aStepIsOverdueTheDayAfterItIsDue() {
        Claim claim = received(ClaimType.PATERNITY);
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2026, 10, 27), null), OFFICER);
        assertEquals(LocalDate.of(2026, 11, 26), due(claim));
        assertFalse(STANDARDS.overdue(NextStep.ACKNOWLEDGE, claim.nextStepSince(), TODAY));
        assertTrue(STANDARDS.overdue(NextStep.ACKNOWLEDGE, claim.nextStepSince(), TODAY.plusDays(1)));
    }

    @Test
    void stepsWithoutAStandardAreNeverOverdueAndAClosedClaimWaitsForNothing() {
        Claim claim = received(ClaimType.PATERNITY);
        claim.act(new ClaimCommand.PutOnHold("Claimant unreachable"), OFFICER);
        assertEquals(Optional.of(NextStep.RESUME), claim.nextStep());
        assertFalse(STANDARDS.overdue(NextStep.RESUME, LocalDate.of(2000, 1, 1), TODAY));
        assertEquals(Optional.empty(), STANDARDS.dueOn(NextStep.ACKNOWLEDGE, null));
        claim.act(new ClaimCommand.Close(ClosureReason.WITHDRAWN, null), OFFICER);
        assertEquals(Optional.empty(), claim.nextStep());
        assertEquals(null, claim.nextStepSince());
    }

    @Test
    void aPaternityClaimNeedsNoSupportOnceEstablished() {
        Claim claim = received(ClaimType.PATERNITY);
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2025, 2, 1), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2025, 3, 1), null), OFFICER);
        claim.act(new ClaimCommand.RecordAdmission(LocalDate.of(2025, 3, 5), "Signed statement"), OFFICER);
        assertEquals(Optional.of(NextStep.CLOSE), claim.nextStep());
    }

    @Test
    void aStepWithoutAStartingDayHasNoDueDay() {
        assertEquals(Optional.empty(), STANDARDS.dueOn(NextStep.ACKNOWLEDGE, null));
        assertFalse(STANDARDS.overdue(NextStep.ACKNOWLEDGE, null, TODAY));
    }

    @Test
    void theNotificationAndAcknowledgementDaysAreKeptForTheResponsivenessMeasures() {
        Claim claim = received(ClaimType.PATERNITY);
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2025, 2, 1), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2025, 2, 20), null), OFFICER);
        assertEquals(LocalDate.of(2025, 2, 1), claim.notifiedOn());
        assertEquals(LocalDate.of(2025, 2, 20), claim.milestones().acknowledgedOn());
    }

    @Test
    void theUnsOwnStepsHaveStandardsOfTheirOwn() {
        Claim claim = received(ClaimType.PATERNITY);
        assertEquals(Optional.of(NextStep.NOTIFY_MEMBER_STATE), claim.nextStep());
        assertEquals(LocalDate.of(2025, 2, 5), due(claim), "notify within 30 days of receipt");
        assertTrue(STANDARDS.overdue(NextStep.NOTIFY_MEMBER_STATE, claim.nextStepSince(), LocalDate.of(2025, 2, 6)));

        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2025, 2, 1), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2025, 2, 20), null), OFFICER);
        claim.act(
                new ClaimCommand.RecordAdmission(LocalDate.of(2025, 3, 1), "Signed statement"),
                new Recording(Actor.of("focal.npl", Actor.MEMBER_STATE_ROLE), OFFICER.clock()));
        assertEquals(Optional.of(NextStep.CONFIRM_OUTCOME), claim.nextStep());
        assertEquals(LocalDate.of(2025, 3, 15), due(claim), "confirm a State's report within 14 days");
    }

    @Test
    void theStatesMeasuresCountOnlyTheStatesSteps() {
        assertFalse(STANDARDS.byStep().containsKey(NextStep.NOTIFY_MEMBER_STATE));
        assertEquals(8, STANDARDS.allSteps().size());
        TimeStandards configured = new TimeStandards(30, 90, 60, 180, 10, 20, 5, 30);
        assertEquals(
                Optional.of(LocalDate.of(2025, 1, 11)),
                configured.dueOn(NextStep.NOTIFY_MEMBER_STATE, LocalDate.of(2025, 1, 1)));
    }
}
