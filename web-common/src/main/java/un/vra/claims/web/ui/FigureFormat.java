package un.vra.claims.web.ui;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParseException;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Numbers as the reader writes them: whole counts, shares as percentages, days to one decimal, amounts of money
 * to the cent, grouped as the language groups thousands (1,800.00; 1 800,00). A missing
 * figure is shown as {@code none} (a share of nothing, a median of too few States). Numbers a person types are
 * read the same way ({@link #read}), so a French field shows and takes "0,8".
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

    /**
     * A number as a field shows it for editing: the language's decimal separator, no grouping of thousands (which
     * a person would have to type again), up to four decimals.
     */
    public String editable(Number number) {
        return number == null ? "" : editing(false).format(number);
    }

    /**
     * A number typed as the language writes it ({@link #editable}): "0,8" in French, "0.8" in English; spaces are
     * ignored. {@code whole} takes whole numbers only. Anything else (the other language's decimal separator, a
     * second one, letters, a fraction where a whole number is wanted) is refused rather than read in part: "0.8" in
     * a French field would otherwise be read as 0 or 8.
     */
    public Number read(String text, boolean whole) throws ParseException {
        String typed = text.codePoints()
                .filter(c -> !Character.isSpaceChar(c) && !Character.isWhitespace(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        ParsePosition position = new ParsePosition(0);
        Number number = editing(whole).parse(typed, position);
        if (number == null || typed.isEmpty() || position.getIndex() != typed.length()) {
            throw new ParseException(text, Math.max(position.getErrorIndex(), position.getIndex()));
        }
        if (!whole) {
            return number.doubleValue();
        }
        long value = number.longValue();
        if (value != (int) value) {
            throw new ParseException(text, 0);
        }
        return (int) value;
    }

    private NumberFormat editing(boolean whole) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(4);
        format.setParseIntegerOnly(whole);
        return format;
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
