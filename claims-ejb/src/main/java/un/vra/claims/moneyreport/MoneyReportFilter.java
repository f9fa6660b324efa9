package un.vra.claims.moneyreport;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.trustfund.TrustFundFilter;
import un.vra.claims.withholding.LedgerFilter;

/**
 * What the money report covers: a year (support as it stood on the year's last day, or today for this year; the
 * amounts withheld in it; the Trust Fund's payments in it), a State, a mission, a currency; none means every one.
 * Checked on the way in, so that no hostile value reaches a query.
 */
public record MoneyReportFilter(Integer year, String memberState, String mission, String currency) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern MISSION = Pattern.compile("[A-Z0-9-]{1,20}");

    public MoneyReportFilter {
        if (year != null && (year < 1990 || year > 9998)) {
            throw new InvalidInputException("year", "a year between 1990 and 9998");
        }
        memberState = checked("memberState", memberState, CODE, "a State's three-letter code, such as NPL");
        mission = checked("mission", mission, MISSION, "a mission's code, such as MONUSCO");
        currency = checked("currency", currency, CODE, "a currency's three-letter code (ISO 4217), such as USD");
    }

    /** Every State, mission and currency, as of today. */
    public static MoneyReportFilter all() {
        return new MoneyReportFilter(null, null, null, null);
    }

    /** The day support is figured on: today, or the last day of an earlier year. */
    public LocalDate asOf(LocalDate today) {
        if (year == null || year >= today.getYear()) {
            return today;
        }
        return LocalDate.of(year, 12, 31);
    }

    public TrustFundFilter trustFund() {
        return new TrustFundFilter(year, memberState, mission, currency);
    }

    public LedgerFilter ledger() {
        return new LedgerFilter(year, memberState, mission, currency);
    }

    private static String checked(String field, String value, Pattern pattern, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!pattern.matcher(code).matches()) {
            throw new InvalidInputException(field, field + " must be " + expected);
        }
        return code;
    }
}
