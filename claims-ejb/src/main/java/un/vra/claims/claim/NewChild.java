package un.vra.claims.claim;

import java.util.Objects;

/** A child as registered: the name is optional, the year of birth and sex are not. */
public record NewChild(String name, int birthYear, Sex sex) {

    public NewChild {
        Objects.requireNonNull(sex, "sex");
    }
}
