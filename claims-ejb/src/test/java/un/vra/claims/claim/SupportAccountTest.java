package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.SupportArrangement.Frequency;
import un.vra.claims.claim.SupportArrangement.Kind;
import un.vra.claims.shared.InvalidInputException;

/** The arithmetic of support: periods, prorating, revisions, the end, payments and currencies. */
class SupportAccountTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Recording OFFICER = new Recording(
            Actor.of("vra.officer", "VRA_OFFICER"),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    /** Two children known by year only: their majority falls on 1 July 2026 and 1 July 2030. */
    private static final List<Child> CHILDREN = List.of(
            Child.born(1, "CL", new NewChild(null, 2008, Sex.FEMALE, null), LocalDate.of(2024, 3, 1), TODAY),
            Child.born(2, "CL", new NewChild(null, 2012, Sex.MALE, null), LocalDate.of(2024, 3, 1), TODAY));

    private static SupportArrangement terms(
            Kind kind, String amount, String currency, Frequency frequency, LocalDate start) {
        return new SupportArrangement(kind, new Money(new BigDecimal(amount), currency), frequency, start);
    }

    private static SupportArrangement monthly(String amount, LocalDate start) {
        return terms(Kind.COURT_ORDER, amount, "USD", Frequency.MONTHLY, start);
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), "USD");
    }

    /** An account with one arrangement, number 1. */
    private static SupportAccount accountOf(
            SupportArrangement arranged, Integer child, LocalDate endsOn, List<Child> children) {
        SupportAccount account = new SupportAccount();
        account.arrange(arranged, child, endsOn, children);
        return account;
    }

    private static SupportAccount untilMajorityOfTheFirstChild(SupportArrangement arranged) {
        return accountOf(arranged, 1, null, CHILDREN);
    }

    private static BigDecimal due(SupportAccount account, LocalDate asOf) {
        return account.figures(asOf).stream().map(SupportAccount.Figures::due).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<BigDecimal> dues(SupportAccount account, LocalDate asOf) {
        return account.statement(asOf).stream().map(SupportPeriod::due).toList();
    }

    private static List<BigDecimal> amounts(String... amounts) {
        return List.of(amounts).stream().map(BigDecimal::new).toList();
    }

    @Test
    void monthlyPeriodsFallDueOnTheirFirstDayWhole() {
        SupportAccount account =
                accountOf(monthly("100.00", LocalDate.of(2026, 1, 1)), null, LocalDate.of(2026, 12, 31), CHILDREN);

        assertEquals(amounts("100.00", "100.00", "100.00"), dues(account, LocalDate.of(2026, 3, 15)));
        assertEquals(new BigDecimal("0"), due(account, LocalDate.of(2025, 12, 31)));
        assertEquals(LocalDate.of(2026, 3, 1), account.statement(TODAY).get(2).dueOn());
    }

    @Test
    void quarterlyPeriodsLastThreeMonthsFromTheStartMonth() {
        SupportAccount account = accountOf(
                terms(Kind.AGREEMENT, "300.00", "USD", Frequency.QUARTERLY, LocalDate.of(2026, 1, 1)),
                null,
                LocalDate.of(2026, 12, 31),
                CHILDREN);

        assertEquals(new BigDecimal("600.00"), due(account, LocalDate.of(2026, 6, 30)));
        assertEquals(new BigDecimal("900.00"), due(account, LocalDate.of(2026, 7, 1)));
        assertEquals(new BigDecimal("1200.00"), due(account, LocalDate.of(2027, 6, 1)));
    }

    @Test
    void theFirstMonthIsProratedByTheDaysCovered() {
        SupportAccount account =
                accountOf(monthly("310.00", LocalDate.of(2026, 1, 10)), null, LocalDate.of(2026, 12, 31), CHILDREN);

        SupportPeriod january = account.statement(TODAY).get(0);
        assertEquals(LocalDate.of(2026, 1, 10), january.dueOn());
        assertEquals(new BigDecimal("220.00"), january.due());
    }

    @Test
    void aRevisionInTheMiddleOfAMonthSplitsItBetweenTheOldAndTheNewAmount() {
        SupportAccount account = new SupportAccount();
        SupportSchedule order = account.arrange(
                monthly("300.00", LocalDate.of(2026, 1, 1)), null, LocalDate.of(2026, 12, 31), CHILDREN);
        order.revise(new SupportTerms(LocalDate.of(2026, 2, 16), usd("600.00"), Frequency.MONTHLY));

        assertEquals(amounts("300.00", "160.71", "278.57", "600.00"), dues(account, LocalDate.of(2026, 3, 1)));
        assertEquals(new BigDecimal("600.00"), order.termsOn(TODAY).amount().amount());
    }

    @Test
    void aRevisionFromQuarterlyToMonthlyInTheMiddleOfAQuarterProratesBoth() {
        SupportAccount account = new SupportAccount();
        SupportSchedule order = account.arrange(
                terms(Kind.COURT_ORDER, "900.00", "USD", Frequency.QUARTERLY, LocalDate.of(2026, 1, 1)),
                null,
                LocalDate.of(2026, 12, 31),
                CHILDREN);
        order.revise(new SupportTerms(LocalDate.of(2026, 2, 15), usd("400.00"), Frequency.MONTHLY));

        assertEquals(amounts("450.00", "200.00", "400.00"), dues(account, LocalDate.of(2026, 3, 31)));
    }

    @Test
    void supportEndsTheDayBeforeMajorityWithTheFirstAndLastQuartersProratedAndArrearsStopThere() {
        SupportAccount account = untilMajorityOfTheFirstChild(
                terms(Kind.COURT_ORDER, "900.00", "USD", Frequency.QUARTERLY, LocalDate.of(2026, 2, 15)));
        account.pay(1, LocalDate.of(2026, 3, 1), usd("500.00"), OFFICER);
        account.pay(1, LocalDate.of(2026, 6, 1), usd("600.00"), OFFICER);

        assertEquals(LocalDate.of(2026, 6, 30), account.arrangement(1).endsOn());
        List<SupportPeriod> periods = account.statement(TODAY);
        assertEquals(
                amounts("758.43", "596.74"),
                periods.stream().map(SupportPeriod::due).toList());
        assertEquals(
                amounts("758.43", "341.57"),
                periods.stream().map(SupportPeriod::paid).toList());
        SupportAccount.Figures now = account.figures(TODAY).get(0);
        assertEquals(
                new SupportAccount.Figures(
                        1, "USD", new BigDecimal("1355.17"), new BigDecimal("1100.00"), new BigDecimal("255.17")),
                now);
        assertEquals(now, account.figures(LocalDate.of(2030, 1, 1)).get(0));
    }

    @Test
    void anArrangementForAllChildrenRunsToTheYoungestsMajorityUnlessItHasALastDayOfItsOwn() {
        SupportAccount account = accountOf(monthly("300.00", LocalDate.of(2026, 1, 1)), null, null, CHILDREN);
        account.arrange(monthly("300.00", LocalDate.of(2026, 1, 1)), 2, LocalDate.of(2026, 3, 20), CHILDREN);

        assertEquals(LocalDate.of(2030, 6, 30), account.arrangement(1).endsOn());
        assertEquals(
                new BigDecimal("193.55"),
                account.statement(TODAY)
                        .get(account.statement(TODAY).size() - 1)
                        .due());
    }

    @Test
    void aTerminationEndsTheSupportOnItsDayProratedAndRefusesLaterRevisions() {
        SupportAccount account = new SupportAccount();
        SupportSchedule order = account.arrange(monthly("300.00", LocalDate.of(2026, 1, 1)), 1, null, CHILDREN);
        order.terminate(LocalDate.of(2026, 4, 15), SupportSchedule.TerminationReason.COURT_DECISION);

        assertEquals(new BigDecimal("1050.00"), due(account, LocalDate.of(2027, 1, 1)));
        assertThrows(
                InvalidInputException.class,
                () -> order.revise(new SupportTerms(
                        LocalDate.of(2026, 5, 1), new Money(BigDecimal.TEN, "USD"), Frequency.MONTHLY)));
    }

    @Test
    void aTerminationBeforeARevisionTakesEffectEndsTheEarlierTermsOnItsDay() {
        SupportAccount account = new SupportAccount();
        SupportSchedule order = account.arrange(monthly("300.00", LocalDate.of(2026, 1, 1)), 1, null, CHILDREN);
        order.revise(new SupportTerms(LocalDate.of(2026, 6, 1), usd("400.00"), Frequency.MONTHLY));
        order.terminate(LocalDate.of(2026, 4, 15), SupportSchedule.TerminationReason.COURT_DECISION);

        assertEquals(new BigDecimal("1050.00"), due(account, LocalDate.of(2027, 1, 1)), "3 x 300 + 300 x 15/30");
    }

    @Test
    void partialPaymentsPayTheOldestPeriodsFirstAndTheRestIsInArrears() {
        SupportAccount account =
                accountOf(monthly("100.00", LocalDate.of(2026, 1, 1)), null, LocalDate.of(2026, 12, 31), CHILDREN);
        account.pay(1, LocalDate.of(2026, 2, 10), usd("150.00"), OFFICER);
        account.pay(1, LocalDate.of(2026, 3, 5), usd("30.00"), OFFICER);

        LocalDate asOf = LocalDate.of(2026, 3, 31);
        assertEquals(
                amounts("0.00", "20.00", "100.00"),
                account.statement(asOf).stream().map(SupportPeriod::arrears).toList());
        assertEquals(new BigDecimal("120.00"), account.figures(asOf).get(0).arrears());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 1)), account.overdueSince(asOf));
    }

    @Test
    void eachCurrencyIsCountedApartAndPaymentsOnlyInTheArrangementsCurrency() {
        SupportAccount account =
                accountOf(monthly("100.00", LocalDate.of(2026, 1, 1)), 1, LocalDate.of(2026, 12, 31), CHILDREN);
        account.arrange(
                terms(Kind.AGREEMENT, "80.00", "EUR", Frequency.MONTHLY, LocalDate.of(2026, 1, 1)),
                2,
                LocalDate.of(2026, 12, 31),
                CHILDREN);
        account.pay(1, LocalDate.of(2026, 1, 5), usd("50.00"), OFFICER);

        assertEquals(
                List.of(
                        new SupportAccount.Figures(
                                1, "USD", new BigDecimal("200.00"), new BigDecimal("50.00"), new BigDecimal("150.00")),
                        new SupportAccount.Figures(
                                2, "EUR", new BigDecimal("160.00"), BigDecimal.ZERO, new BigDecimal("160.00"))),
                account.figures(LocalDate.of(2026, 2, 1)));
        assertThrows(
                InvalidInputException.class,
                () -> account.pay(2, LocalDate.of(2026, 1, 5), new Money(BigDecimal.TEN, "USD"), OFFICER));
    }

    @Test
    void aLumpSumFallsDueOnceWholeOnItsDay() {
        SupportAccount account = untilMajorityOfTheFirstChild(
                terms(Kind.LUMP_SUM, "2000.00", "USD", Frequency.ONE_OFF, LocalDate.of(2026, 3, 10)));

        assertEquals(new BigDecimal("0"), due(account, LocalDate.of(2026, 3, 9)));
        assertEquals(new BigDecimal("2000.00"), due(account, LocalDate.of(2026, 3, 10)));
        assertEquals(new BigDecimal("2000.00"), due(account, LocalDate.of(2040, 1, 1)));
        assertThrows(
                InvalidInputException.class,
                () -> account.arrange(
                        terms(Kind.LUMP_SUM, "10.00", "USD", Frequency.MONTHLY, TODAY), 1, null, CHILDREN));
    }

    @Test
    void aPaymentIsDatedNeitherAfterTodayNorBeforeTheArrangement() {
        SupportAccount account = accountOf(monthly("100.00", LocalDate.of(2026, 1, 1)), null, null, CHILDREN);
        Money ten = new Money(BigDecimal.TEN, "USD");

        assertThrows(InvalidInputException.class, () -> account.pay(1, TODAY.plusDays(1), ten, OFFICER));
        assertThrows(InvalidInputException.class, () -> account.pay(1, LocalDate.of(2025, 12, 31), ten, OFFICER));
        assertEquals(OFFICER.now(), account.pay(1, TODAY, ten, OFFICER).recordedAt());
    }

    /** As V60 carries an arrangement over: periods from its start day, to the end of the period running today. */
    @Test
    void anArrangementCarriedOverKeepsTheFiguresItHadBefore() {
        SupportArrangement before = monthly("100.00", LocalDate.of(2025, 1, 31));
        SupportSchedule carried = new SupportSchedule(
                1,
                before.kind(),
                null,
                before.startsOn(),
                new SupportTerms(before.startsOn(), before.amount(), before.frequency()),
                LocalDate.of(2026, 12, 30));
        SupportAccount account = new SupportAccount(new ArrayList<>(List.of(carried)), new ArrayList<>());

        assertEquals(new BigDecimal("2300.00"), before.dueBy(TODAY));
        assertEquals(before.dueBy(TODAY), due(account, TODAY));
        assertEquals(before.dueBy(LocalDate.of(2026, 2, 28)), due(account, LocalDate.of(2026, 2, 28)));
        assertEquals(new BigDecimal("2300.00"), due(account, LocalDate.of(2030, 1, 1)));
    }

    @Test
    void aPeriodDayAShortMonthLacksMovesToTheFirstOfTheNextMonth() {
        assertEquals(LocalDate.of(2026, 3, 1), SupportSchedule.periodStart(LocalDate.of(2026, 1, 31), 1));
        assertEquals(LocalDate.of(2026, 3, 31), SupportSchedule.periodStart(LocalDate.of(2026, 1, 31), 2));
    }
}
