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
import java.util.Set;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

/** What each party may see of a claim and what the State may claim on it (DOMAIN.md, "Two parties, one claim"). */
class TwoPartiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private static final Recording OFFICER = new Recording(Actor.of("vra.officer", "VRA_OFFICER"), CLOCK);
    private static final Recording NEPAL = new Recording(Actor.of("focal.npl", "FOCAL_POINT"), CLOCK);
    private static final LocalDate LATER = TODAY.plusDays(5);
    private static final Recording OFFICER_LATER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(LATER.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static Claim claim(boolean noFatherContact) {
        return new Claim(
                ClaimReference.of(2024, 1),
                new NewClaim(
                        LocalDate.of(2024, 3, 1),
                        ClaimType.PATERNITY_AND_CHILD_SUPPORT,
                        "MONUSCO",
                        "SEA-1",
                        PersonnelCategory.MILITARY_CONTINGENT,
                        "NPL",
                        "Claimant",
                        null,
                        List.of(),
                        null,
                        new ClaimantWishes(noFatherContact, null)),
                OFFICER);
    }

    private static Claim acknowledged() {
        Claim claim = claim(false);
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2024, 3, 10), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2024, 4, 1), null), NEPAL);
        return claim;
    }

    private static Claim readyForResult() {
        Claim claim = acknowledged();
        claim.act(new ClaimCommand.StartDnaTest("KIT-1", "Lab"), NEPAL);
        for (DnaSubject subject : List.of(DnaSubject.CHILD, DnaSubject.ALLEGED_FATHER)) {
            claim.act(
                    new ClaimCommand.RecordSampleCollection(
                            "KIT-1", subject, null, "Nurse", "Clinic", IdentityDocument.PASSPORT, "S-" + subject),
                    NEPAL);
        }
        claim.act(new ClaimCommand.RecordLabReceipt("KIT-1", "Lab", null, true), NEPAL);
        return claim;
    }

    private static ClaimEvent last(Claim claim) {
        return claim.events().get(claim.events().size() - 1);
    }

    @Test
    void whatTheStateRecordsIsSharedAndWhatTheUnWritesStaysWithTheUnUnlessShared() {
        Claim claim = acknowledged();
        assertEquals(Audience.SHARED, claim.events().get(1).audience(), "the notification");
        assertEquals(Audience.SHARED, last(claim).audience(), "the State's acknowledgement");
        claim.act(new ClaimCommand.AddComment("Reached the mother at the market", false), OFFICER);
        assertEquals(Audience.UN_ONLY, last(claim).audience());
        claim.act(new ClaimCommand.AddComment("Samples next week", true), OFFICER);
        assertEquals(Audience.SHARED, last(claim).audience());
        claim.act(new ClaimCommand.AddComment("Our doctor is ready", false), NEPAL);
        assertEquals(Audience.SHARED, last(claim).audience(), "a State cannot hide its own comment from the UN");
        claim.act(new ClaimCommand.PutOnHold("Mother in hospital"), OFFICER);
        assertEquals(Audience.UN_ONLY, last(claim).audience());
        claim.act(
                new ClaimCommand.RecordInterimAssistance(
                        BigDecimal.TEN, "USD", null, "Trust Fund", AssistanceKind.HEALTH),
                OFFICER);
        assertEquals(Audience.UN_ONLY, last(claim).audience());
        claim.act(new ClaimCommand.Resume(), OFFICER);
        claim.act(new ClaimCommand.StartDnaTest("KIT-1", "Lab"), OFFICER);
        assertEquals(Audience.SHARED, last(claim).audience(), "the DNA test's steps are shared");
        claim.act(
                new ClaimCommand.AddDocument("birth.pdf", "application/pdf", 10, "ab".repeat(32), Audience.UN_ONLY),
                OFFICER);
        assertEquals(Audience.UN_ONLY, last(claim).audience(), "the event follows its document");
    }

    @Test
    void theNoContactWishStopsTheNotificationUnlessAnOfficerOverridesItWithAReason() {
        Claim claim = claim(true);
        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> claim.act(new ClaimCommand.NotifyMemberState("NV-1", null, " "), OFFICER));
        assertEquals("noContactOverrideReason", refused.field());
        assertEquals(ClaimStatus.RECEIVED, claim.status());
        assertEquals(1, claim.events().size());

        claim.act(new ClaimCommand.NotifyMemberState("NV-1", null, "The child's support outweighs it"), OFFICER);
        ClaimEvent override = claim.events().get(1);
        assertEquals(ClaimAction.OVERRIDE_NO_CONTACT_WISH, override.action());
        assertEquals(Audience.UN_ONLY, override.audience());
        assertTrue(override.details().contains("outweighs"));
        assertEquals(ClaimAction.NOTIFY_MEMBER_STATE, last(claim).action());
        assertEquals(ClaimStatus.NOTIFIED, claim.status());
    }

    @Test
    void aResultTheStateReportsWaitsForTheVraAndTakesEffectOnTheDayOfConfirmation() {
        Claim claim = readyForResult();
        claim.act(new ClaimCommand.RecordDnaResult("KIT-1", "Lab", null, DnaConclusion.EXCLUSION, null), NEPAL);
        assertEquals(ClaimStatus.OUTCOME_REPORTED, claim.status());
        assertEquals(PaternityOutcome.UNDETERMINED, claim.paternityOutcome());
        assertEquals(PaternityOutcome.EXCLUDED, claim.reportedOutcome().orElseThrow());
        assertNull(claim.milestones().paternityDeterminedOn());
        assertEquals(
                Set.of(
                        ClaimAction.CONFIRM_OUTCOME,
                        ClaimAction.REJECT_OUTCOME,
                        ClaimAction.RECORD_WITHHELD_REIMBURSEMENT,
                        ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT,
                        ClaimAction.PUT_ON_HOLD,
                        ClaimAction.CLOSE,
                        ClaimAction.RECORD_INTERIM_ASSISTANCE,
                        ClaimAction.ADD_COMMENT,
                        ClaimAction.ADD_DOCUMENT),
                claim.allowedActions());
        assertEquals(WhoseTurn.UN, claim.whoseTurn());

        claim.act(new ClaimCommand.ConfirmOutcome(), OFFICER_LATER);
        assertEquals(ClaimStatus.PATERNITY_EXCLUDED, claim.status());
        assertEquals(PaternityOutcome.EXCLUDED, claim.paternityOutcome());
        assertEquals(LATER, claim.milestones().paternityDeterminedOn(), "the confirmation's day, not the reported one");
        assertEquals(LATER, claim.milestones().dnaResultOn());
        assertFalse(claim.reportedOutcome().isPresent());
    }

    @Test
    void aRejectedReportPutsTheClaimBackWhereItWas() {
        Claim claim = readyForResult();
        claim.act(
                new ClaimCommand.RecordDnaResult("KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("99.9")),
                NEPAL);
        assertThrows(InvalidInputException.class, () -> claim.act(new ClaimCommand.RejectOutcome(" "), OFFICER));
        claim.act(new ClaimCommand.RejectOutcome("No laboratory report"), OFFICER);
        assertEquals(ClaimStatus.DNA_TESTING, claim.status());
        assertEquals(PaternityOutcome.UNDETERMINED, claim.paternityOutcome());
        assertTrue(claim.allowedActions().contains(ClaimAction.RECORD_DNA_RESULT));

        Claim admitted = acknowledged();
        admitted.act(new ClaimCommand.RecordAdmission(null, "Signed statement"), NEPAL);
        assertEquals(ClaimStatus.OUTCOME_REPORTED, admitted.status());
        admitted.act(new ClaimCommand.RejectOutcome("The statement is unsigned"), OFFICER);
        assertEquals(ClaimStatus.ACKNOWLEDGED, admitted.status());
        admitted.act(new ClaimCommand.RecordAdmission(null, "Signed statement"), NEPAL);
        admitted.act(new ClaimCommand.ConfirmOutcome(), OFFICER);
        assertEquals(ClaimStatus.PATERNITY_ESTABLISHED, admitted.status());
        assertNull(admitted.milestones().dnaResultOn(), "an admission is no DNA result");
    }

    @Test
    void aResultTheVraRecordsTakesEffectAtOnce() {
        Claim claim = readyForResult();
        claim.act(
                new ClaimCommand.RecordDnaResult("KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("99.9")),
                OFFICER);
        assertEquals(ClaimStatus.PATERNITY_ESTABLISHED, claim.status());
        assertFalse(claim.reportedOutcome().isPresent());
    }
}
