package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.Objects;

/** A child as registered: the name and the full date of birth are optional, the year of birth and sex are not. */
public record NewChild(String name, int birthYear, Sex sex, LocalDate birthDate) {

    public NewChild {
        Objects.requireNonNull(sex, "sex");
    }

    /** A child whose year of birth alone is known. */
    public NewChild(String name, int birthYear, Sex sex) {
        this(name, birthYear, sex, null);
    }
}
