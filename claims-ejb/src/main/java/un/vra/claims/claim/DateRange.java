package un.vra.claims.claim;

import java.time.LocalDate;
import un.vra.claims.shared.InvalidInputException;

/** Days from one date to another, both included; either end may be unknown, but the end never precedes the start. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "the range cannot end before it starts");
        }
    }

    /** A range whose reversed ends are refused as a mistake in {@code field}. */
    public static DateRange of(LocalDate from, LocalDate to, String field) {
        try {
            return new DateRange(from, to);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
