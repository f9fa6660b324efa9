package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

class DnaCustodyAndSupportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    private static Claim inDnaTesting() {
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
        claim.act(new ClaimCommand.NotifyMemberState("NV-1", LocalDate.of(2024, 3, 10), null), OFFICER);
        claim.act(new ClaimCommand.Acknowledge(LocalDate.of(2024, 4, 1), null), OFFICER);
        claim.act(new ClaimCommand.StartDnaTest("KIT-1", "Lab"), OFFICER);
        return claim;
    }

    private static void collect(Claim claim, DnaSubject subject, String seal) {
        claim.act(
                new ClaimCommand.RecordSampleCollection(
                        "KIT-1", subject, null, "Nurse", "Clinic", IdentityDocument.PASSPORT, seal),
                OFFICER);
    }

    private static BigDecimal usd(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aResultNeedsBothEssentialSamplesAndAnIntactLaboratoryReceipt() {
        Claim claim = inDnaTesting();
        assertThrows(
                TransitionNotAllowedException.class,
                () -> claim.act(
                        new ClaimCommand.RecordDnaResult(
                                "KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("99.9")),
                        OFFICER));
        collect(claim, DnaSubject.CHILD, "S-C");
        assertThrows(
                TransitionNotAllowedException.class,
                () -> claim.act(new ClaimCommand.RecordLabReceipt("KIT-1", "Lab", null, true), OFFICER));
        collect(claim, DnaSubject.ALLEGED_FATHER, "S-F");
        claim.act(new ClaimCommand.RecordCustodyTransfer("S-F", "Contingent doctor", "Courier", null), OFFICER);
        claim.act(new ClaimCommand.RecordLabReceipt("KIT-1", "Lab", null, false), OFFICER);
        assertThrows(
                TransitionNotAllowedException.class,
                () -> claim.act(
                        new ClaimCommand.RecordDnaResult(
                                "KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("99.9")),
                        OFFICER));
        assertEquals(ClaimStatus.DNA_TESTING, claim.status());
    }

    @Test
    void brokenSealsCallForANewKitWhoseChainStartsAfresh() {
        Claim claim = inDnaTesting();
        collect(claim, DnaSubject.CHILD, "S-C");
        collect(claim, DnaSubject.ALLEGED_FATHER, "S-F");
        claim.act(new ClaimCommand.RecordLabReceipt("KIT-1", "Lab", null, false), OFFICER);
        claim.act(new ClaimCommand.StartDnaTest("KIT-2", "Lab"), OFFICER);
        assertThrows(InvalidInputException.class, () -> collect(claim, DnaSubject.CHILD, "S-C2"));
        claim.act(
                new ClaimCommand.RecordSampleCollection(
                        "KIT-2", DnaSubject.CHILD, null, "Nurse", "Clinic", IdentityDocument.PASSPORT, "S2-C"),
                OFFICER);
        assertEquals("KIT-2", claim.dnaTest().orElseThrow().kitId());
        assertEquals("S2-C", claim.dnaTest().orElseThrow().childSeal());
    }

    @Test
    void aHandOverNamesASealOfTheCurrentKit() {
        Claim claim = inDnaTesting();
        collect(claim, DnaSubject.CHILD, "S-C");
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(new ClaimCommand.RecordCustodyTransfer("S-X", "Nurse", "Courier", null), OFFICER));
    }

    @Test
    void samplesNeedWhoWhereHowAndSeal() {
        Claim claim = inDnaTesting();
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(
                        new ClaimCommand.RecordSampleCollection(
                                "KIT-1", DnaSubject.CHILD, null, "Nurse", "Clinic", null, "S-C"),
                        OFFICER));
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(
                        new ClaimCommand.RecordSampleCollection(
                                "KIT-1", null, null, "Nurse", "Clinic", IdentityDocument.PASSPORT, "S-C"),
                        OFFICER));
    }

    @Test
    void paymentsFollowTheSupportsCurrencyAndReleasesNeverExceedWhatIsWithheld() {
        Claim claim = inDnaTesting();
        collect(claim, DnaSubject.CHILD, "S-C");
        collect(claim, DnaSubject.ALLEGED_FATHER, "S-F");
        claim.act(new ClaimCommand.RecordLabReceipt("KIT-1", "Lab", null, true), OFFICER);
        claim.act(
                new ClaimCommand.RecordDnaResult(
                        "KIT-1", "Lab", null, DnaConclusion.INCLUSION, new BigDecimal("99.99")),
                OFFICER);
        claim.act(new ClaimCommand.RecordWithheldReimbursement(usd("5000"), "USD", null), OFFICER);
        claim.act(
                new ClaimCommand.ArrangeSupport(
                        SupportArrangement.Kind.COURT_ORDER,
                        usd("100"),
                        "USD",
                        SupportArrangement.Frequency.MONTHLY,
                        TODAY,
                        null,
                        null,
                        null),
                OFFICER);
        claim.act(new ClaimCommand.RecordPayment(usd("100"), "USD", null, "Member State", null), OFFICER);
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(new ClaimCommand.RecordPayment(BigDecimal.TEN, "EUR", null, null, null), OFFICER));
        assertEquals(new BigDecimal("100"), claim.ledger().total(ClaimAction.RECORD_PAYMENT, "USD"));
        assertThrows(
                InvalidInputException.class,
                () -> claim.act(new ClaimCommand.ReleaseWithheldReimbursement(usd("6000"), "USD", null), OFFICER));
        claim.act(new ClaimCommand.ReleaseWithheldReimbursement(usd("2000"), "USD", null), OFFICER);
        assertEquals(new BigDecimal("3000"), claim.ledger().withheldBalance("USD"));
    }

    @Test
    void moneyIsPositiveAndInAnIsoCurrency() {
        assertThrows(InvalidInputException.class, () -> new Money(BigDecimal.ZERO, "USD"));
        assertThrows(InvalidInputException.class, () -> new Money(BigDecimal.ONE, "DOLLARS"));
        assertThrows(InvalidInputException.class, () -> new Money(new BigDecimal("1E+20"), "USD"));
        assertThrows(InvalidInputException.class, () -> new Money(new BigDecimal("0.001"), "USD"));
        assertEquals(new BigDecimal("10.50"), new Money(new BigDecimal("10.50"), "USD").amount());
    }

    @Test
    void clocksAttributeEveryPendingDayToTheStateTheUnOrTheClaimant() {
        ClaimClocks clocks = ClaimClocks.of(
                Route.MEMBER_STATE,
                List.of(
                        new ClaimClocks.Step(LocalDate.of(2024, 1, 1), ClaimStatus.RECEIVED),
                        new ClaimClocks.Step(LocalDate.of(2024, 1, 11), ClaimStatus.NOTIFIED),
                        new ClaimClocks.Step(LocalDate.of(2024, 2, 10), ClaimStatus.ON_HOLD),
                        new ClaimClocks.Step(LocalDate.of(2024, 2, 15), ClaimStatus.NOTIFIED),
                        new ClaimClocks.Step(LocalDate.of(2024, 3, 1), ClaimStatus.CLOSED)),
                LocalDate.of(2024, 12, 31));
        assertEquals(new ClaimClocks(60, 45, 10, 5), clocks);
    }

    @Test
    void clocksStopAtTheAsOfDate() {
        ClaimClocks clocks = ClaimClocks.of(
                Route.UN,
                List.of(
                        new ClaimClocks.Step(LocalDate.of(2024, 1, 1), ClaimStatus.RECEIVED),
                        new ClaimClocks.Step(LocalDate.of(2024, 3, 1), ClaimStatus.DNA_TESTING)),
                LocalDate.of(2024, 1, 31));
        assertEquals(new ClaimClocks(30, 0, 30, 0), clocks);
    }

    @Test
    void theStatePeriodsMirrorTheTimeline() {
        Claim claim = inDnaTesting();
        assertEquals(
                List.of(ClaimStatus.RECEIVED, ClaimStatus.NOTIFIED, ClaimStatus.ACKNOWLEDGED, ClaimStatus.DNA_TESTING),
                claim.periods().stream().map(ClaimStatePeriod::status).toList());
        assertEquals(LocalDate.of(2024, 3, 10), claim.periods().get(0).validTo());
        assertTrue(claim.periods().get(3).validTo() == null);
    }
}
