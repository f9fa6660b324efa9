package un.vra.claims.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers as the reader writes them: whole counts, shares as percentages, days to one decimal, amounts of money
 * to the cent, grouped as the language groups thousands (1,800.00; 1 800,00). A missing
 * figure is shown as {@code none} (a share of nothing, a median of too few States).
 */
public final class FigureFormat implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Locale locale;
    private final String none;

    public FigureFormat(Locale locale, String none) {
        this.locale = locale;
        this.none = none;
    }

    /** A share between 0 and 1 as a percentage, to one decimal. */
    public String share(Number share) {
        if (share == null) {
            return none;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share.doubleValue());
    }

    /** A count or a number of days, to one decimal at most. */
    public String number(Number number) {
        if (number == null) {
            return none;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(number.doubleValue());
    }

    /** An amount of money, to the cent. */
    public String amount(Number amount) {
        if (amount == null) {
            return none;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount instanceof BigDecimal exact ? exact : new BigDecimal(amount.toString()));
    }

    /** A table cell: shares are the only fractions the tables hold, so a double is shown as a percentage. */
    public String cell(Object value) {
        if (value instanceof Double share) {
            return share(share);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return value == null ? none : value.toString();
    }
}
