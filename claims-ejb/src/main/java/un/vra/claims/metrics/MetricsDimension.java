package un.vra.claims.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import un.vra.claims.shared.InvalidInputException;

/**
 * What a breakdown groups claims by (DOMAIN.md, "Measures": State, mission, personnel category, year received;
 * and the report's host country).
 * {@link MeasureSql#dimension} gives each as an expression over the state periods, so every breakdown is the same
 * grouped query.
 */
public enum MetricsDimension {
    /** Claims on the UN route have no State to answer for: they fall in one group without a key. */
    MEMBER_STATE("memberState"),
    MISSION("mission"),
    CATEGORY("category"),
    YEAR("year"),
    /**
     * The country hosting the claim's mission (Haiti = MINUSTAH + MINUJUSTH). Derived from the mission, so its
     * maintained figures are the mission's rows summed by host country: no rows of its own.
     */
    HOST_COUNTRY("hostCountry");

    /** The dimensions whose rows {@code claim_measure} keeps; the others are derived from them. */
    public static final List<MetricsDimension> STORED = List.of(MEMBER_STATE, MISSION, CATEGORY, YEAR);

    private final String key;

    MetricsDimension(String key) {
        this.key = key;
    }

    /** Reads a dimension by its key ({@code memberState}, {@code mission}, {@code category}, {@code year}, ...). */
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
