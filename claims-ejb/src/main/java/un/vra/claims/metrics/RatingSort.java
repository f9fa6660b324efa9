package un.vra.claims.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import un.vra.claims.shared.InvalidInputException;

/**
 * The order of the ratings table: a column, ascending or (with a leading minus) descending; States without the
 * figure come last either way, and States with equal figures by code.
 */
public record RatingSort(Field field, boolean descending) {

    /** The columns the table sorts on, each with the SQL column of the rated rows. */
    public enum Field {
        STATE("member_state"),
        NAME("name"),
        CLAIMS("claims"),
        PENDING("pending"),
        OVERDUE("overdue"),
        ACKNOWLEDGED("acknowledged"),
        DNA_RESULT("dna_result"),
        IDLE("idle"),
        BAND("band");

        private final String column;

        Field(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }

        /** The name in a sort parameter: {@code dna-result}, {@code state}. */
        public String parameter() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The worst band first, then the most pending claims. */
    public static final RatingSort DEFAULT = new RatingSort(Field.BAND, true);

    /** Reads {@code band}, {@code -pending}, {@code dna-result} and the like; blank means the default. */
    public static RatingSort parse(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT;
        }
        String trimmed = text.trim();
        boolean descending = trimmed.startsWith("-");
        String name = descending ? trimmed.substring(1) : trimmed;
        for (Field field : Field.values()) {
            if (field.parameter().equalsIgnoreCase(name)) {
                return new RatingSort(field, descending);
            }
        }
        throw new InvalidInputException(
                "sort",
                "sort must be one of "
                        + Arrays.stream(Field.values()).map(Field::parameter).collect(Collectors.joining(", "))
                        + ", optionally preceded by '-' for descending order");
    }

    /** SQL: the ORDER BY list over the rated rows; nulls last, then the worst band, the most pending, the code. */
    String orderBy() {
        String column = field.column();
        String direction = descending ? " DESC" : " ASC";
        return column + " IS NULL, " + column + direction + ", band DESC, pending DESC, member_state";
    }

    /** As a sort parameter reads it. */
    @Override
    public String toString() {
        return (descending ? "-" : "") + field.parameter();
    }
}
