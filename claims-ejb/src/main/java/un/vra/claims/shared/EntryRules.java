package un.vra.claims.shared;

import java.time.LocalDate;

/** The rules the records people add keep: a required value, a day that has come and follows its cause, a bounded text. */
public final class EntryRules {

    private EntryRules() {}

    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    /** A day that has come, and not before {@code earliest}, the day of {@code what} it follows. */
    public static LocalDate day(String field, LocalDate day, LocalDate earliest, String what, LocalDate today) {
        required(field, day);
        if (day.isAfter(today)) {
            throw new InvalidInputException(field, field + " " + day + " is in the future");
        }
        if (day.isBefore(earliest)) {
            throw new InvalidInputException(field, field + " " + day + " is before " + what + " (" + earliest + ")");
        }
        return day;
    }

    /** The text without surrounding blanks, or null when there is none; at most {@code max} characters. */
    public static String text(String field, String text, int max) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.codePointCount(0, stripped.length()) > max) {
            throw new InvalidInputException(field, "a " + field + " has at most " + max + " characters");
        }
        return stripped;
    }
}
