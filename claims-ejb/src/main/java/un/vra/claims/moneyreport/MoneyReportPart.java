package un.vra.claims.moneyreport;

import java.util.Locale;
import un.vra.claims.shared.InvalidInputException;

/** The parts of the money report, each a table of its own and a file of its own. */
public enum MoneyReportPart {
    /** Support arranged, due, paid and in arrears per State, mission and currency. */
    SUPPORT,
    /** The withheld-reimbursement ledger per State and currency. */
    LEDGER,
    /** The Trust Fund's interim assistance per year, State, mission, kind and currency. */
    TRUST_FUND;

    /** Reads a part as a query parameter gives it, in any case; none is the support. */
    public static MoneyReportPart parse(String text) {
        if (text == null || text.isBlank()) {
            return SUPPORT;
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MoneyReportPart part : values()) {
            if (part.name().equals(wanted)) {
                return part;
            }
        }
        throw new InvalidInputException("part", "part must be one of SUPPORT, LEDGER or TRUST_FUND");
    }
}
