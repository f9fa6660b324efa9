package un.vra.claims.metrics;

import java.util.Arrays;
import java.util.stream.Collectors;
import un.vra.claims.shared.InvalidInputException;

/**
 * What a breakdown groups claims by (DOMAIN.md, "Measures": State, mission, personnel category, year received).
 * {@link MeasureSql#dimension} gives each as an expression over the state periods, so every breakdown is the same
 * grouped query.
 */
public enum MetricsDimension {
    /** Claims on the UN route have no State to answer for: they fall in one group without a key. */
    MEMBER_STATE("memberState"),
    MISSION("mission"),
    CATEGORY("category"),
    YEAR("year");

    private final String key;

    MetricsDimension(String key) {
        this.key = key;
    }

    /** Reads a dimension by its key ({@code memberState}, {@code mission}, {@code category}, {@code year}). */
    public static MetricsDimension parse(String key) {
        for (MetricsDimension dimension : values()) {
            if (key != null && dimension.key.equals(key.trim())) {
                return dimension;
            }
        }
        throw new InvalidInputException(
                "by",
                "by must be one of "
                        + Arrays.stream(values()).map(MetricsDimension::key).collect(Collectors.joining(", ")));
    }

    public String key() {
        return key;
    }
}
