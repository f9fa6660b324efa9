package un.vra.claims.transparency;

import java.util.EnumMap;
import java.util.Map;

/**
 * The raw counts of one row of a public table: the claims received in {@code year} for {@code area} (a State's
 * or mission's code; {@link #UN_ROUTE} for the claims on the UN's own route). Never shown as such: only
 * {@link SmallCountSuppression} decides what of it the public reads.
 */
public record Figure(int year, String area, Map<PublicMeasure, Long> counts) {

    /** The area of the claims on the UN's own route in the table by State. */
    public static final String UN_ROUTE = "UN";

    public Figure {
        counts = Map.copyOf(counts);
    }

    /** A row from its four parts; the claims are their sum. */
    public static Figure of(int year, String area, long established, long excluded, long pending, long other) {
        Map<PublicMeasure, Long> counts = new EnumMap<>(PublicMeasure.class);
        counts.put(PublicMeasure.ESTABLISHED, established);
        counts.put(PublicMeasure.EXCLUDED, excluded);
        counts.put(PublicMeasure.PENDING, pending);
        counts.put(PublicMeasure.OTHER, other);
        counts.put(PublicMeasure.CLAIMS, established + excluded + pending + other);
        return new Figure(year, area, counts);
    }

    public long count(PublicMeasure measure) {
        return counts.getOrDefault(measure, 0L);
    }
}
