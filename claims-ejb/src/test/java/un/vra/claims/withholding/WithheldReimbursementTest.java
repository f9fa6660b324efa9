package un.vra.claims.withholding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.NewChild;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.Sex;
import un.vra.claims.shared.InvalidInputException;

/** The arithmetic of an amount withheld from a State: releases and payments to claimants out of what remains. */
class WithheldReimbursementTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private static final MemberStateCode NEPAL = new MemberStateCode("NPL");

    private static Claim claim(int number, String state) {
        return new Claim(
                ClaimReference.of(2025, number),
                new NewClaim(
                        LocalDate.of(2025, 11, 1),
                        ClaimType.PATERNITY_AND_CHILD_SUPPORT,
                        "MONUSCO",
                        null,
                        PersonnelCategory.MILITARY_CONTINGENT,
                        state,
                        null,
                        null,
                        List.of(new NewChild(null, 2019, Sex.FEMALE)),
                        null,
                        null),
                OFFICER);
    }

    private static WithheldReimbursement withheld(Claim claim, String amount, String currency) {
        return new WithheldReimbursement(
                NEPAL,
                claim,
                new NewWithholding("NPL", null, LocalDate.of(2026, 3, 1), new BigDecimal(amount), currency, "pending"),
                OFFICER);
    }

    private static NewDisposal disposal(DisposalKind kind, String amount) {
        return new NewDisposal(kind, LocalDate.of(2026, 6, 1), new BigDecimal(amount), null, null, "decided");
    }

    @Test
    void aReleaseToTheStateAndAPaymentToTheClaimantBothComeOutOfTheBalance() {
        WithheldReimbursement withheld = withheld(claim(1, "NPL"), "5000.00", "USD");

        WithheldDisposal release = withheld.dispose(disposal(DisposalKind.RELEASED_TO_STATE, "2000"), null, OFFICER);
        WithheldDisposal payment = withheld.dispose(disposal(DisposalKind.PAID_TO_CLAIMANT, "1500"), null, OFFICER);

        assertEquals(new BigDecimal("2000.00"), withheld.released());
        assertEquals(new BigDecimal("1500.00"), withheld.paidToClaimants());
        assertEquals(new BigDecimal("1500.00"), withheld.balance());
        assertEquals("PC-2025-0001", payment.claimReference());
        assertEquals(DisposalKind.RELEASED_TO_STATE, release.kind());
        LedgerLine line =
                LedgerLine.of("NPL", "USD", withheld.amount(), withheld.released(), withheld.paidToClaimants());
        assertEquals(new BigDecimal("1500.00"), line.balance());
    }

    @Test
    void partialReleasesGoUpToWhatRemainsAndNeverBelowZero() {
        WithheldReimbursement withheld = withheld(null, "100.00", "EUR");
        withheld.dispose(disposal(DisposalKind.RELEASED_TO_STATE, "60"), null, OFFICER);

        InvalidInputException tooMuch = assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(disposal(DisposalKind.RELEASED_TO_STATE, "40.01"), null, OFFICER));

        assertEquals("amount", tooMuch.field());
        assertTrue(tooMuch.getMessage().contains("only EUR 40.00"), tooMuch.getMessage());
        withheld.dispose(disposal(DisposalKind.RELEASED_TO_STATE, "40"), null, OFFICER);
        assertEquals(0, withheld.balance().signum());
        assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(disposal(DisposalKind.RELEASED_TO_STATE, "0.01"), null, OFFICER));
    }

    @Test
    void anAmountIsReleasedInItsOwnCurrencyOnly() {
        WithheldReimbursement withheld = withheld(null, "100.00", "EUR");

        InvalidInputException converted = assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(
                        new NewDisposal(
                                DisposalKind.RELEASED_TO_STATE, TODAY, new BigDecimal("10"), "USD", null, "decided"),
                        null,
                        OFFICER));

        assertEquals("currency", converted.field());
    }

    @Test
    void moneyEventsTakeADayThatHasComeAndFollowsTheWithholding() {
        WithheldReimbursement withheld = withheld(null, "100.00", "USD");

        assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(
                        new NewDisposal(
                                DisposalKind.RELEASED_TO_STATE, TODAY.plusDays(1), BigDecimal.TEN, null, null, "r"),
                        null,
                        OFFICER));
        assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(
                        new NewDisposal(
                                DisposalKind.RELEASED_TO_STATE,
                                LocalDate.of(2026, 2, 28),
                                BigDecimal.TEN,
                                null,
                                null,
                                "r"),
                        null,
                        OFFICER));
        assertThrows(
                InvalidInputException.class,
                () -> new WithheldReimbursement(
                        NEPAL,
                        null,
                        new NewWithholding("NPL", null, TODAY.plusDays(1), BigDecimal.TEN, "USD", null),
                        OFFICER));
    }

    @Test
    void aReasonIsRequiredToReleaseOrPay() {
        WithheldReimbursement withheld = withheld(null, "100.00", "USD");

        InvalidInputException noReason = assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(
                        new NewDisposal(DisposalKind.RELEASED_TO_STATE, TODAY, BigDecimal.TEN, null, null, "  "),
                        null,
                        OFFICER));

        assertEquals("reason", noReason.field());
    }

    @Test
    void anAmountWithheldFromTheStateAsAWholeIsPaidToTheClaimantOfOneOfItsClaims() {
        WithheldReimbursement withheld = withheld(null, "300.00", "USD");

        assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(disposal(DisposalKind.PAID_TO_CLAIMANT, "100"), null, OFFICER));
        assertThrows(
                InvalidInputException.class,
                () -> withheld.dispose(disposal(DisposalKind.PAID_TO_CLAIMANT, "100"), claim(2, "ZAF"), OFFICER));
        WithheldDisposal paid =
                withheld.dispose(disposal(DisposalKind.PAID_TO_CLAIMANT, "100"), claim(3, "NPL"), OFFICER);

        assertEquals("PC-2025-0003", paid.claimReference());
        assertEquals(new BigDecimal("200.00"), withheld.balance());
    }

    @Test
    void anAmountWithheldForAClaimIsTheStatesClaim() {
        assertThrows(InvalidInputException.class, () -> withheld(claim(4, "ZAF"), "10", "USD"));
    }
}
