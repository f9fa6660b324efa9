package un.vra.claims.metrics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * How many States are in each rating band on the as-of day, and the band of one State: a focal point's own (null
 * when its State answers for no claim), none for the other roles. No State is named but the caller's own. The
 * counts are by the band's name, every band listed in order from best to worst.
 */
public record RatingDistribution(
        LocalDate asOf, String memberState, RatingBand band, Map<String, Long> states, RatingThresholds thresholds)
        implements Serializable {}
