package un.vra.claims.it;

import java.text.NumberFormat;
import java.util.Locale;

/** Figures of the API written as the English pages write them, to compare the two. */
final class Formats {

    static final String NONE = "—";

    private Formats() {}

    /** A count or a number of days, to one decimal at most. */
    static String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** A share between 0 and 1 as a percentage, to one decimal. */
    static String share(double value) {
        NumberFormat format = NumberFormat.getPercentInstance(Locale.ENGLISH);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }
}
