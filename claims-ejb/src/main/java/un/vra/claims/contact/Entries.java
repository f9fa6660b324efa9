package un.vra.claims.contact;

import java.time.LocalDate;
import un.vra.claims.shared.InvalidInputException;

/** The rules every entry of the contact log and the consents keeps: a required value, its day, a bounded note. */
final class Entries {

    /** The longest note kept, in characters. */
    static final int MAX_NOTE = 2000;

    private Entries() {}

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    /** A day that has come, and not before the claim was received: nothing about a claim happens before it. */
    static LocalDate day(String field, LocalDate day, LocalDate receivedOn, LocalDate today) {
        required(field, day);
        if (day.isAfter(today)) {
            throw new InvalidInputException(field, field + " " + day + " is in the future");
        }
        if (day.isBefore(receivedOn)) {
            throw new InvalidInputException(
                    field, field + " " + day + " is before the claim was received (" + receivedOn + ")");
        }
        return day;
    }

    /** The note without surrounding blanks, or null when there is none; at most {@link #MAX_NOTE} characters. */
    static String note(String note) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.codePointCount(0, text.length()) > MAX_NOTE) {
            throw new InvalidInputException("note", "a note has at most " + MAX_NOTE + " characters");
        }
        return text;
    }
}
