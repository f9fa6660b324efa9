package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

class ClaimLifecycleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private static final ClaimCommand.ArrangeSupport SUPPORT = new ClaimCommand.ArrangeSupport(
            SupportArrangement.Kind.COURT_ORDER,
            new BigDecimal("120.00"),
            "USD",
            SupportArrangement.Frequency.MONTHLY,
            TODAY,
            null,
            null,
            null);

    private static Claim claim(ClaimType type, PersonnelCategory category) {
        return new Claim(
                ClaimReference.of(2024, 1),
                new NewClaim(
                        LocalDate.of(2024, 3, 1),
                        type,
                        "MONUSCO",
                        "SEA-2024-001",
                        category,
                        category.route() == Route.MEMBER_STATE ? "NPL" : null),
                OFFICER);
    }

    private static Claim memberStateClaim() {
        return claim(ClaimType.PATERNITY_AND_CHILD_SUPPORT, PersonnelCategory.MILITARY_CONTINGENT);
    }

    private static Claim inDnaTesting() {
        Claim claim = memberStateClaim();
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2024, 3, 10), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2024, 4, 1), null), OFFICER);
        claim.act(new ClaimCommand.StartDnaTest("KIT-1", "Lab"), OFFICER);
        return claim;
    }

    private static Claim readyForResult() {
        Claim claim = inDnaTesting();
        collect(claim, DnaSubject.CHILD, "S-C");
        collect(claim, DnaSubject.ALLEGED_FATHER, "S-F");
        claim.act(new ClaimCommand.RecordLabReceipt("KIT-1", "Lab", null, true), OFFICER);
        return claim;
    }

    private static void collect(Claim claim, DnaSubject subject, String seal) {
        claim.act(
                new ClaimCommand.RecordSampleCollection(
                        "KIT-1", subject, null, "Nurse", "Clinic", IdentityDocument.PASSPORT, seal),
                OFFICER);
    }

    @Test
    void aNewClaimIsReceivedAndItIsTheUnsTurn() {
        Claim claim = memberStateClaim();
        assertEquals(ClaimStatus.RECEIVED, claim.status());
        assertEquals(WhoseTurn.UN, claim.whoseTurn());
        assertEquals(Route.MEMBER_STATE, claim.route());
        assertEquals(PaternityOutcome.UNDETERMINED, claim.paternityOutcome());
        assertEquals(
                List.of(ClaimAction.REGISTER),
                claim.events().stream().map(ClaimEvent::action).toList());
        assertTrue(claim.claimantPseudonym().matches("CL-[A-Z2-9]{8}"));
    }

    @Test
    void civilianPersonnelPutTheClaimOnTheUnRoute() {
        Claim claim = claim(ClaimType.PATERNITY, PersonnelCategory.CIVILIAN);
        assertEquals(Route.UN, claim.route());
        assertTrue(claim.allowedActions().contains(ClaimAction.START_DNA_TEST));
        assertFalse(claim.allowedActions().contains(ClaimAction.NOTIFY_MEMBER_STATE));
        claim.act(new ClaimCommand.StartDnaTest("KIT-9", "Lab"), OFFICER);
        assertEquals(WhoseTurn.UN, claim.whoseTurn());
    }

    @Test
    void uniformedPersonnelNeedTheResponsibleMemberState() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> new Claim(
                        ClaimReference.of(2024, 1),
                        new NewClaim(
                                LocalDate.of(2024, 3, 1),
                                ClaimType.PATERNITY,
                                "MONUSCO",
                                null,
                                PersonnelCategory.FORMED_POLICE_UNIT,
                                null),
                        OFFICER));
        assertEquals("memberState", refused.field());
    }

    @Test
    void aClaimCannotBeReceivedInTheFuture() {
        assertThrows(
                InvalidInputException.class,
                () -> new Claim(
                        ClaimReference.of(2027, 1),
                        new NewClaim(
                                TODAY.plusDays(1),
                                ClaimType.PATERNITY,
                                "MONUSCO",
                                null,
                                PersonnelCategory.CIVILIAN,
                                null),
                        OFFICER));
    }

    @Test
    void theMemberStateRouteRunsFromNotificationToResolvedClosure() {
        Claim claim = readyForResult();
        assertEquals(WhoseTurn.MEMBER_STATE, claim.whoseTurn());
        claim.act(
                new ClaimCommand.RecordDnaResult(
                        "KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("99.98")),
                OFFICER);
        assertEquals(ClaimStatus.PATERNITY_ESTABLISHED, claim.status());
        assertEquals(PaternityOutcome.ESTABLISHED, claim.paternityOutcome());
        claim.act(SUPPORT, OFFICER);
        assertEquals(ClaimStatus.SUPPORT_ARRANGED, claim.status());
        claim.act(new ClaimCommand.Close(ClosureReason.RESOLVED, null), OFFICER);
        assertEquals(ClaimStatus.CLOSED, claim.status());
        assertEquals(WhoseTurn.NONE, claim.whoseTurn());
        assertEquals(
                List.of(
                        ClaimAction.REGISTER,
                        ClaimAction.NOTIFY_MEMBER_STATE,
                        ClaimAction.ACKNOWLEDGE,
                        ClaimAction.START_DNA_TEST,
                        ClaimAction.RECORD_SAMPLE_COLLECTION,
                        ClaimAction.RECORD_SAMPLE_COLLECTION,
                        ClaimAction.RECORD_LAB_RECEIPT,
                        ClaimAction.RECORD_DNA_RESULT,
                        ClaimAction.ARRANGE_SUPPORT,
                        ClaimAction.CLOSE),
                claim.events().stream().map(ClaimEvent::action).toList());
    }

    @Test
    void anInclusionBelowNinetyNinePercentIsInconclusiveAndAllowsARetest() {
        Claim claim = readyForResult();
        claim.act(
                new ClaimCommand.RecordDnaResult("KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("98.9")),
                OFFICER);
        assertEquals(ClaimStatus.INCONCLUSIVE, claim.status());
        assertEquals(PaternityOutcome.INCONCLUSIVE, claim.paternityOutcome());
        assertEquals(java.util.Optional.of(NextStep.START_RETEST), claim.nextStep());
        assertEquals(
                claim.nextStepSince().plusDays(60),
                TimeStandards.DEFAULT
                        .dueOn(NextStep.START_RETEST, claim.nextStepSince())
                        .orElseThrow(),
                "a retest is due 60 days after the inconclusive result");
        claim.act(new ClaimCommand.StartDnaTest("KIT-2", "Other lab"), OFFICER);
        assertEquals(ClaimStatus.DNA_TESTING, claim.status());
    }

    @Test
    void anExclusionExcludesAndOnlyThenAllowsClosingAsExcluded() {
        Claim established = readyForResult();
        established.act(
                new ClaimCommand.RecordDnaResult("KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("99.5")),
                OFFICER);
        assertThrows(
                TransitionNotAllowedException.class,
                () -> established.act(new ClaimCommand.Close(ClosureReason.PATERNITY_EXCLUDED, null), OFFICER));

        Claim excluded = readyForResult();
        excluded.act(new ClaimCommand.RecordDnaResult("KIT-1", "Lab", null, DnaConclusion.EXCLUSION, null), OFFICER);
        assertEquals(ClaimStatus.PATERNITY_EXCLUDED, excluded.status());
        assertEquals(WhoseTurn.UN, excluded.whoseTurn());
        assertThrows(
                TransitionNotAllowedException.class,
                () -> excluded.act(new ClaimCommand.Close(ClosureReason.RESOLVED, null), OFFICER));
        excluded.act(new ClaimCommand.Close(ClosureReason.PATERNITY_EXCLUDED, null), OFFICER);
        assertEquals(ClosureReason.PATERNITY_EXCLUDED, excluded.closureReason());
    }

    @Test
    void aPaternityOnlyClaimIsResolvedOnceEstablishedButASupportClaimIsNot() {
        Claim paternity = claim(ClaimType.PATERNITY, PersonnelCategory.CIVILIAN);
        paternity.act(new ClaimCommand.RecordAdmission(null, "Signed admission"), OFFICER);
        paternity.act(new ClaimCommand.Close(ClosureReason.RESOLVED, null), OFFICER);
        assertEquals(ClaimStatus.CLOSED, paternity.status());

        Claim support = claim(ClaimType.CHILD_SUPPORT, PersonnelCategory.CIVILIAN);
        support.act(new ClaimCommand.RecordAdmission(null, "Signed admission"), OFFICER);
        assertThrows(
                TransitionNotAllowedException.class,
                () -> support.act(new ClaimCommand.Close(ClosureReason.RESOLVED, null), OFFICER));
    }

    @Test
    void aRefusedActionNamesTheStateAndWhatIsAllowed() {
        Claim claim = memberStateClaim();
        TransitionNotAllowedException refused = assertThrows(
                TransitionNotAllowedException.class,
                () -> claim.act(new ClaimCommand.Acknowledge(null, null), OFFICER));
        assertEquals(ClaimStatus.RECEIVED, refused.status());
        assertTrue(refused.allowedActions().contains(ClaimAction.NOTIFY_MEMBER_STATE));
        assertTrue(refused.getMessage().contains("RECEIVED"));
        assertEquals(1, claim.events().size());
    }

    @Test
    void holdAndResumeReturnToTheStateLeftAndTheClaimantHasTheTurnMeanwhile() {
        Claim claim = memberStateClaim();
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", null, null), OFFICER);
        claim.act(new ClaimCommand.PutOnHold("Claimant cannot be reached"), OFFICER);
        assertEquals(WhoseTurn.CLAIMANT, claim.whoseTurn());
        assertEquals(
                List.of(
                                ClaimAction.RESUME,
                                ClaimAction.CLOSE,
                                ClaimAction.RECORD_INTERIM_ASSISTANCE,
                                ClaimAction.ADD_COMMENT,
                                ClaimAction.ADD_DOCUMENT)
                        .stream()
                        .sorted()
                        .toList(),
                claim.allowedActions().stream().toList());
        claim.act(new ClaimCommand.Resume(), OFFICER);
        assertEquals(ClaimStatus.NOTIFIED, claim.status());
    }

    @Test
    void aClosedClaimReopensInTheStateItLeft() {
        Claim claim = memberStateClaim();
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", null, null), OFFICER);
        claim.act(new ClaimCommand.Close(ClosureReason.WITHDRAWN, "Claimant withdrew"), OFFICER);
        assertEquals(
                List.of(ClaimAction.REOPEN, ClaimAction.ADD_COMMENT, ClaimAction.ADD_DOCUMENT).stream()
                        .sorted()
                        .toList(),
                claim.allowedActions().stream().toList());
        claim.act(new ClaimCommand.Reopen("Claimant came back"), OFFICER);
        assertEquals(ClaimStatus.NOTIFIED, claim.status());
        assertNull(claim.closureReason());
    }

    @Test
    void aDocumentAddedToAClosedClaimIsOnTheTimelineWithItsHashAndLeavesTheStatus() {
        Claim claim = memberStateClaim();
        claim.act(new ClaimCommand.Close(ClosureReason.WITHDRAWN, null), OFFICER);
        claim.act(
                new ClaimCommand.AddDocument(
                        "note-verbale.pdf", "application/pdf", 1234, "ab".repeat(32), Audience.UN_ONLY),
                OFFICER);
        ClaimEvent added = claim.events().get(claim.events().size() - 1);
        assertEquals(ClaimAction.ADD_DOCUMENT, added.action());
        assertEquals(ClaimStatus.CLOSED, added.statusAfter());
        assertEquals(
                "{\"fileName\":\"note-verbale.pdf\",\"mediaType\":\"application/pdf\",\"size\":\"1234\","
                        + "\"sha256\":\"" + "ab".repeat(32) + "\"}",
                added.details());
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(
                        new ClaimCommand.AddDocument("x.pdf", "application/pdf", 1, " ", Audience.UN_ONLY), OFFICER));
    }

    @Test
    void noDateLiesInTheFutureOrBeforeThePreviousEvent() {
        Claim claim = memberStateClaim();
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(new ClaimCommand.NotifyMemberState("NV-1", TODAY.plusDays(1), null), OFFICER));
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2024, 2, 1), null), OFFICER));
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2024, 3, 1), null), OFFICER);
        assertEquals(ClaimStatus.NOTIFIED, claim.status());
    }

    @Test
    void requiredDetailsAreRequired() {
        Claim claim = memberStateClaim();
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(new ClaimCommand.NotifyMemberState(" ", null, null), OFFICER));
        assertThrows(InvalidInputException.class, () -> claim.act(new ClaimCommand.AddComment(null, false), OFFICER));
        assertEquals(ClaimStatus.RECEIVED, claim.status());
    }
}
