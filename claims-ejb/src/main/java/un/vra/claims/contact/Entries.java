package un.vra.claims.contact;

import java.time.LocalDate;
import un.vra.claims.shared.EntryRules;

/** The rules every entry of the contact log and the consents keeps: a required value, its day, a bounded note. */
final class Entries {

    /** The longest note kept, in characters. */
    static final int MAX_NOTE = 2000;

    private Entries() {}

    static <T> T required(String field, T value) {
        return EntryRules.required(field, value);
    }

    /** A day that has come, and not before the claim was received: nothing about a claim happens before it. */
    static LocalDate day(String field, LocalDate day, LocalDate receivedOn, LocalDate today) {
        return EntryRules.day(field, day, receivedOn, "the claim was received", today);
    }

    /** The note without surrounding blanks, or null when there is none; at most {@link #MAX_NOTE} characters. */
    static String note(String note) {
        return EntryRules.text("note", note, MAX_NOTE);
    }
}
