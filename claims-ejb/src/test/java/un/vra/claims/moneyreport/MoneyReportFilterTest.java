package un.vra.claims.moneyreport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

/** What the money report is asked for: the day support is figured on, and the filters checked on the way in. */
class MoneyReportFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void anEarlierYearIsFiguredOnItsLastDayAndThisYearOrALaterOneOnToday() {
        assertEquals(LocalDate.of(2021, 12, 31), new MoneyReportFilter(2021, null, null, null).asOf(TODAY));
        assertEquals(TODAY, new MoneyReportFilter(2026, null, null, null).asOf(TODAY));
        assertEquals(TODAY, new MoneyReportFilter(2030, null, null, null).asOf(TODAY));
        assertEquals(TODAY, MoneyReportFilter.all().asOf(TODAY));
    }

    @Test
    void codesAreTrimmedAndUpperCasedAndBlanksMeanEveryOne() {
        MoneyReportFilter filter = new MoneyReportFilter(null, " npl ", "monusco", "usd");
        assertEquals("NPL", filter.memberState());
        assertEquals("MONUSCO", filter.mission());
        assertEquals("USD", filter.currency());
        assertNull(new MoneyReportFilter(null, " ", "", null).memberState());
        assertEquals("USD", filter.ledger().currency());
        assertEquals("MONUSCO", filter.trustFund().mission());
    }

    @Test
    void hostileOrMalformedFiltersAreRefusedNamingTheField() {
        assertEquals(
                "year",
                assertThrows(InvalidInputException.class, () -> new MoneyReportFilter(1989, null, null, null))
                        .field());
        for (String state : new String[] {"NP", "NPLX", "N'L", "1PL"}) {
            assertThrows(InvalidInputException.class, () -> new MoneyReportFilter(null, state, null, null), state);
        }
        assertThrows(InvalidInputException.class, () -> new MoneyReportFilter(null, null, "M".repeat(21), null));
        assertThrows(InvalidInputException.class, () -> new MoneyReportFilter(null, null, "MON USCO", null));
        assertThrows(InvalidInputException.class, () -> new MoneyReportFilter(null, null, null, "US$"));
    }

    @Test
    void thePartsAreReadInAnyCaseWithADashForTheUnderscoreAndSupportByDefault() {
        assertEquals(MoneyReportPart.SUPPORT, MoneyReportPart.parse(null));
        assertEquals(MoneyReportPart.TRUST_FUND, MoneyReportPart.parse("trust-fund"));
        assertEquals(MoneyReportPart.LEDGER, MoneyReportPart.parse(" Ledger "));
        assertThrows(InvalidInputException.class, () -> MoneyReportPart.parse("claims"));
    }
}
