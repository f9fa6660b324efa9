package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lifecycle table of DOMAIN.md, state by state: exactly these actions are offered, all others refused. */
class LifecycleTableTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private static final Set<ClaimAction> ALWAYS_WHILE_ACTIVE = EnumSet.of(
            ClaimAction.PUT_ON_HOLD,
            ClaimAction.CLOSE,
            ClaimAction.RECORD_INTERIM_ASSISTANCE,
            ClaimAction.ADD_COMMENT,
            ClaimAction.ADD_DOCUMENT);

    private static Set<ClaimAction> active(ClaimAction... specific) {
        Set<ClaimAction> actions = EnumSet.copyOf(ALWAYS_WHILE_ACTIVE);
        actions.addAll(Set.of(specific));
        return actions;
    }

    /** Active, and pending with the State since its notification: reimbursements may be withheld and released. */
    private static Set<ClaimAction> pending(ClaimAction... specific) {
        Set<ClaimAction> actions = active(specific);
        actions.add(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT);
        actions.add(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT);
        return actions;
    }

    private static final Map<ClaimStatus, Set<ClaimAction>> MEMBER_STATE_ROUTE = Map.of(
            ClaimStatus.RECEIVED, active(ClaimAction.NOTIFY_MEMBER_STATE),
            ClaimStatus.NOTIFIED, pending(ClaimAction.ACKNOWLEDGE),
            ClaimStatus.ACKNOWLEDGED, pending(ClaimAction.START_DNA_TEST, ClaimAction.RECORD_ADMISSION),
            ClaimStatus.DNA_TESTING,
                    pending(
                            ClaimAction.START_DNA_TEST,
                            ClaimAction.RECORD_SAMPLE_COLLECTION,
                            ClaimAction.RECORD_CUSTODY_TRANSFER,
                            ClaimAction.RECORD_LAB_RECEIPT,
                            ClaimAction.RECORD_DNA_RESULT),
            ClaimStatus.INCONCLUSIVE, pending(ClaimAction.START_DNA_TEST),
            ClaimStatus.PATERNITY_EXCLUDED, pending(ClaimAction.START_DNA_TEST),
            ClaimStatus.PATERNITY_ESTABLISHED, pending(ClaimAction.ARRANGE_SUPPORT),
            ClaimStatus.SUPPORT_ARRANGED,
                    pending(ClaimAction.RECORD_PAYMENT, ClaimAction.REVISE_SUPPORT, ClaimAction.TERMINATE_SUPPORT),
            ClaimStatus.ON_HOLD,
                    EnumSet.of(
                            ClaimAction.RESUME,
                            ClaimAction.CLOSE,
                            ClaimAction.RECORD_INTERIM_ASSISTANCE,
                            ClaimAction.ADD_COMMENT,
                            ClaimAction.ADD_DOCUMENT),
            ClaimStatus.CLOSED, EnumSet.of(ClaimAction.REOPEN, ClaimAction.ADD_COMMENT, ClaimAction.ADD_DOCUMENT));

    /** Recipes that bring a Member State route claim into each state through the domain's own methods. */
    private static final Map<ClaimStatus, Consumer<Claim>> REACH = Map.of(
            ClaimStatus.RECEIVED, claim -> {},
            ClaimStatus.NOTIFIED, claim -> claim.act(new ClaimCommand.NotifyMemberState("NV", null, null), OFFICER),
            ClaimStatus.ACKNOWLEDGED,
                    claim -> reach(
                            claim, ClaimStatus.NOTIFIED, c -> c.act(new ClaimCommand.Acknowledge(null, null), OFFICER)),
            ClaimStatus.DNA_TESTING,
                    claim -> reach(
                            claim,
                            ClaimStatus.ACKNOWLEDGED,
                            c -> c.act(new ClaimCommand.StartDnaTest("K", "Lab"), OFFICER)),
            ClaimStatus.INCONCLUSIVE, claim -> result(claim, DnaConclusion.INCONCLUSIVE),
            ClaimStatus.PATERNITY_EXCLUDED, claim -> result(claim, DnaConclusion.EXCLUSION),
            ClaimStatus.PATERNITY_ESTABLISHED, claim -> result(claim, DnaConclusion.INCLUSION),
            ClaimStatus.SUPPORT_ARRANGED,
                    claim -> reach(
                            claim,
                            ClaimStatus.PATERNITY_ESTABLISHED,
                            c -> c.act(
                                    new ClaimCommand.ArrangeSupport(
                                            SupportArrangement.Kind.AGREEMENT,
                                            BigDecimal.TEN,
                                            "USD",
                                            SupportArrangement.Frequency.MONTHLY,
                                            TODAY,
                                            null,
                                            null,
                                            null),
                                    OFFICER)),
            ClaimStatus.ON_HOLD, claim -> claim.act(new ClaimCommand.PutOnHold("pause"), OFFICER),
            ClaimStatus.CLOSED, claim -> claim.act(new ClaimCommand.Close(ClosureReason.WITHDRAWN, null), OFFICER));

    private static void reach(Claim claim, ClaimStatus before, Consumer<Claim> step) {
        REACH.get(before).accept(claim);
        step.accept(claim);
    }

    private static void result(Claim claim, DnaConclusion conclusion) {
        reach(claim, ClaimStatus.DNA_TESTING, c -> {
            for (DnaSubject subject : new DnaSubject[] {DnaSubject.CHILD, DnaSubject.ALLEGED_FATHER}) {
                c.act(
                        new ClaimCommand.RecordSampleCollection(
                                "K", subject, null, "Nurse", "Clinic", IdentityDocument.PASSPORT, "S-" + subject),
                        OFFICER);
            }
            c.act(new ClaimCommand.RecordLabReceipt("K", "Lab", null, true), OFFICER);
            c.act(
                    new ClaimCommand.RecordDnaResult(
                            "K",
                            "Lab",
                            null,
                            conclusion,
                            conclusion == DnaConclusion.INCLUSION ? new BigDecimal("99.9") : null),
                    OFFICER);
        });
    }

    static Stream<Arguments> states() {
        return MEMBER_STATE_ROUTE.keySet().stream().sorted().map(Arguments::of);
    }

    private static Claim claimIn(ClaimStatus status) {
        Claim claim = new Claim(
                ClaimReference.of(2024, 1),
                new NewClaim(
                        LocalDate.of(2024, 3, 1),
                        ClaimType.PATERNITY_AND_CHILD_SUPPORT,
                        "MONUSCO",
                        null,
                        PersonnelCategory.MILITARY_CONTINGENT,
                        "NPL"),
                OFFICER);
        REACH.get(status).accept(claim);
        assertEquals(status, claim.status());
        return claim;
    }

    @ParameterizedTest
    @MethodSource("states")
    void eachStateOffersExactlyTheActionsOfTheLifecycleTable(ClaimStatus status) {
        assertEquals(MEMBER_STATE_ROUTE.get(status), claimIn(status).allowedActions());
    }

    @ParameterizedTest
    @MethodSource("states")
    void eachStateRefusesEveryOtherStatusChangingAction(ClaimStatus status) {
        Set<ClaimAction> allowed = MEMBER_STATE_ROUTE.get(status);
        Map<ClaimAction, Consumer<Claim>> attempts = Map.of(
                ClaimAction.NOTIFY_MEMBER_STATE,
                        c -> c.act(new ClaimCommand.NotifyMemberState("NV", null, null), OFFICER),
                ClaimAction.ACKNOWLEDGE, c -> c.act(new ClaimCommand.Acknowledge(null, null), OFFICER),
                ClaimAction.START_DNA_TEST, c -> c.act(new ClaimCommand.StartDnaTest("K2", "Lab"), OFFICER),
                ClaimAction.RECORD_ADMISSION, c -> c.act(new ClaimCommand.RecordAdmission(null, "signed"), OFFICER),
                ClaimAction.ARRANGE_SUPPORT,
                        c -> c.act(
                                new ClaimCommand.ArrangeSupport(
                                        SupportArrangement.Kind.AGREEMENT,
                                        BigDecimal.TEN,
                                        "USD",
                                        SupportArrangement.Frequency.MONTHLY,
                                        TODAY,
                                        null,
                                        null,
                                        null),
                                OFFICER),
                ClaimAction.PUT_ON_HOLD, c -> c.act(new ClaimCommand.PutOnHold("pause"), OFFICER),
                ClaimAction.RESUME, c -> c.act(new ClaimCommand.Resume(), OFFICER),
                ClaimAction.REOPEN, c -> c.act(new ClaimCommand.Reopen("again"), OFFICER));
        attempts.forEach((action, attempt) -> {
            if (!allowed.contains(action)) {
                Claim claim = claimIn(status);
                int events = claim.events().size();
                TransitionNotAllowedException refused = assertThrows(
                        TransitionNotAllowedException.class, () -> attempt.accept(claim), action + " in " + status);
                assertEquals(status, refused.status());
                assertEquals(allowed, refused.allowedActions());
                assertEquals(events, claim.events().size());
            }
        });
    }
}
