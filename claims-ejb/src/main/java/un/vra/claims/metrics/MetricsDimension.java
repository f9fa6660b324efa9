package un.vra.claims.metrics;

import java.util.Arrays;
import java.util.stream.Collectors;
import un.vra.claims.shared.InvalidInputException;

/**
 * What a breakdown groups claims by (DOMAIN.md, "Measures": State, mission, personnel category, year received).
 * Each dimension is one column of {@code claim_state_period}, so every breakdown is the same grouped query.
 */
public enum MetricsDimension {
    /** Claims on the UN route have no State to answer for: they fall in one group without a key. */
    MEMBER_STATE("memberState", "CASE WHEN p.route = 'MEMBER_STATE' THEN p.member_state END"),
    MISSION("mission", "p.mission"),
    CATEGORY("category", "p.personnel_category"),
    YEAR("year", "YEAR(p.received_on)");

    private final String key;
    private final String column;

    MetricsDimension(String key, String column) {
        this.key = key;
        this.column = column;
    }

    /** Reads a dimension by its key ({@code memberState}, {@code mission}, {@code category}, {@code year}). */
    public static MetricsDimension parse(String key) {
        for (MetricsDimension dimension : values()) {
            if (key != null && dimension.key.equals(key.trim())) {
                return dimension;
            }
        }
        throw new InvalidInputException("by", "by must be one of "
                + Arrays.stream(values()).map(MetricsDimension::key).collect(Collectors.joining(", ")));
    }

    public String key() {
        return key;
    }

    /** The SQL expression of the period row this dimension groups by; never user input. */
    String column() {
        return column;
    }
}
