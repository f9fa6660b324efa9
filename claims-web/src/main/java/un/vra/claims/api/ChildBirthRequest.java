package un.vra.claims.api;

import java.time.LocalDate;
import un.vra.claims.shared.InvalidInputException;

/**
 * The body of {@code PUT /claims/{reference}/children/{child}/birth}: the child's year of birth, and its date where
 * known (absent: the year alone). The date is read as text, so that a badly written day answers 400 VALIDATION
 * naming its field.
 */
public record ChildBirthRequest(Integer birthYear, String birthDate) {

    int year() {
        if (birthYear == null) {
            throw new InvalidInputException("birthYear", "the child's year of birth is required");
        }
        return birthYear;
    }

    LocalDate date() {
        return QueryParams.date("birthDate", birthDate);
    }

    /** The child's position on the claim, from the path: 1 for the first child. */
    static int position(String child) {
        int position = QueryParams.number("child", child, 0);
        if (position < 1 || position > 100) {
            throw new InvalidInputException("child", "the child's position on the claim, from 1");
        }
        return position;
    }
}
