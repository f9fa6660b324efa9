package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SupportArrearsTest {

    private static SupportArrangement terms(SupportArrangement.Frequency frequency) {
        return new SupportArrangement(
                SupportArrangement.Kind.AGREEMENT,
                new Money(new BigDecimal("100.00"), "USD"),
                frequency,
                LocalDate.of(2026, 1, 15));
    }

    @Test
    void eachDueDatePassedAddsOneAmount() {
        SupportArrangement monthly = terms(SupportArrangement.Frequency.MONTHLY);
        assertEquals(new BigDecimal("0"), monthly.dueBy(LocalDate.of(2026, 1, 14)));
        assertEquals(new BigDecimal("100.00"), monthly.dueBy(LocalDate.of(2026, 1, 15)));
        assertEquals(new BigDecimal("100.00"), monthly.dueBy(LocalDate.of(2026, 2, 14)));
        assertEquals(new BigDecimal("1100.00"), monthly.dueBy(LocalDate.of(2026, 11, 26)));
        assertEquals(
                new BigDecimal("400.00"),
                terms(SupportArrangement.Frequency.QUARTERLY).dueBy(LocalDate.of(2026, 11, 26)));
        assertEquals(
                new BigDecimal("100.00"),
                terms(SupportArrangement.Frequency.YEARLY).dueBy(LocalDate.of(2026, 11, 26)));
        assertEquals(
                new BigDecimal("100.00"),
                terms(SupportArrangement.Frequency.ONE_OFF).dueBy(LocalDate.of(2030, 1, 1)));
    }

    @Test
    void arrearsAreWhatFellDueLessWhatWasPaidAndNeverNegative() {
        SupportArrangement monthly = terms(SupportArrangement.Frequency.MONTHLY);
        assertEquals(new BigDecimal("850.00"), monthly.arrears(LocalDate.of(2026, 11, 26), new BigDecimal("250.00")));
        assertEquals(
                new BigDecimal("0"),
                monthly.arrears(LocalDate.of(2026, 1, 20), new BigDecimal("300.00"))
                        .stripTrailingZeros());
    }
}
