package un.vra.claims.claim;

import java.util.Optional;
import java.util.regex.Pattern;
import un.vra.claims.shared.InvalidInputException;

/** A UN Member State by its ISO 3166-1 alpha-3 code, such as {@code NPL}. */
public record MemberStateCode(String value) {

    private static final Pattern ALPHA_3 = Pattern.compile("[A-Z]{3}");

    public MemberStateCode {
        if (value == null || !ALPHA_3.matcher(value).matches()) {
            throw new InvalidInputException(
                    "memberState",
                    "a Member State is named by its ISO 3166-1 alpha-3 code," + " such as NPL, not " + value);
        }
    }

    public static Optional<MemberStateCode> ofNullable(String value) {
        return Optional.ofNullable(value).map(MemberStateCode::new);
    }

    @Override
    public String toString() {
        return value;
    }
}
