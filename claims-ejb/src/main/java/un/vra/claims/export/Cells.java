package un.vra.claims.export;

import java.math.BigDecimal;
import java.util.Optional;

/** How a value of a row becomes the text of a cell, the same in every format so that a table reads alike in each. */
final class Cells {

    /** First characters that make Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP). */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private Cells() {}

    /**
     * The value as a decimal when it is a finite number. Anything else, NaN and infinities included, is written
     * as text and so goes through {@link #neutralised}: "-Infinity" would otherwise start a formula.
     */
    static Optional<BigDecimal> decimal(Object value) {
        if (value instanceof BigDecimal decimal) {
            return Optional.of(decimal);
        }
        if (value instanceof Number number) {
            try {
                return Optional.of(new BigDecimal(number.toString()));
            } catch (NumberFormatException notADecimal) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The value as a person reads it: nothing for null, ISO dates, plain decimals, enum constants by name. */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return decimal(value).map(BigDecimal::toPlainString).orElseGet(value::toString);
    }

    /**
     * Text that a spreadsheet will not run: a leading apostrophe before a first character that would start a
     * formula, so that {@code =HYPERLINK(...)} typed into a claim cannot act when an export is opened.
     */
    static String neutralised(String text) {
        return !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** What a spreadsheet format writes for a value that is not a number: its display text, neutralised. */
    static String safeText(Object value) {
        return neutralised(display(value));
    }
}
