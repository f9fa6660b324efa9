package un.vra.claims.claim;

import java.util.regex.Pattern;
import un.vra.claims.shared.InvalidInputException;

/** A peace operation by its code, such as {@code MONUSCO}: 2 to 20 capital letters, digits or dashes. */
public record MissionCode(String value) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");

    public MissionCode {
        if (value == null || !CODE.matcher(value).matches()) {
            throw new InvalidInputException(
                    "mission",
                    "expected a mission code of 2 to 20 capital letters,"
                            + " digits or dashes, such as MONUSCO, but found " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
