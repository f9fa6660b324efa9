package un.vra.claims.metrics;

import java.io.Serializable;
import java.util.List;

/**
 * The claims received in one year (and of one State, mission or category, {@code key}, when grouped so; null
 * otherwise, or for the UN route's claims in a breakdown by State): how many, how many resolved so far, the
 * estimated share resolved within one, two, five and ten years (null where the cohort has not been followed so
 * long), and the estimated median months to resolution (null while the curve has not reached one half).
 */
public record Cohort(
        String key,
        int yearReceived,
        long claims,
        long resolved,
        Double resolvedWithin1Year,
        Double resolvedWithin2Years,
        Double resolvedWithin5Years,
        Double resolvedWithin10Years,
        Integer medianMonthsToResolution,
        List<TimeToResolution.Step> curve)
        implements Serializable {

    static Cohort of(String key, int yearReceived, TimeToResolution estimate) {
        return new Cohort(
                key,
                yearReceived,
                estimate.claims(),
                estimate.resolved(),
                estimate.resolvedWithin(12),
                estimate.resolvedWithin(24),
                estimate.resolvedWithin(60),
                estimate.resolvedWithin(120),
                estimate.medianMonths(),
                estimate.curve());
    }
}
