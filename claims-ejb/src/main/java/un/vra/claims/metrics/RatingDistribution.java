package un.vra.claims.metrics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many States are in each rating band on the as-of day, and the band of one State: a focal point's own (null
 * when its State answers for no claim), none for the other roles. No State is named but the caller's own. The
 * counts are by the band's name, every band listed in order from best to worst.
 */
public record RatingDistribution(
        LocalDate asOf, String memberState, RatingBand band, Map<String, Long> states, RatingThresholds thresholds)
        implements Serializable {

    /** The distribution of every rated State's band ({@code bands}), with {@code memberState}'s own (may be null). */
    static RatingDistribution of(
            LocalDate asOf, String memberState, Map<String, RatingBand> bands, RatingThresholds thresholds) {
        Map<String, Long> states = new LinkedHashMap<>();
        for (RatingBand band : RatingBand.values()) {
            states.put(band.name(), 0L);
        }
        bands.values().forEach(band -> states.merge(band.name(), 1L, Long::sum));
        return new RatingDistribution(
                asOf, memberState, memberState == null ? null : bands.get(memberState), states, thresholds);
    }
}
