package un.vra.claims.metrics;

import java.io.Serializable;

/**
 * One State's responsiveness on the as-of day and its rating band: its claims and pending claims (those it answers
 * for), its steps past their time standard today, the three measures (null when the State does not have them) and,
 * for the trend, the same measures and band a year before ({@code previous}, null when it answered for no claim
 * then).
 */
public record StateRating(
        String memberState,
        String name,
        long claims,
        long pending,
        long overdueSteps,
        Double acknowledgedInTimeShare,
        Double medianDaysToDnaResult,
        Double idlePendingShare,
        RatingBand band,
        Previous previous)
        implements Serializable {

    /** The State's measures and band as of the same day a year before. */
    public record Previous(
            long pending,
            Double acknowledgedInTimeShare,
            Double medianDaysToDnaResult,
            Double idlePendingShare,
            RatingBand band)
            implements Serializable {}

    StateRating withPrevious(Previous before) {
        return new StateRating(
                memberState,
                name,
                claims,
                pending,
                overdueSteps,
                acknowledgedInTimeShare,
                medianDaysToDnaResult,
                idlePendingShare,
                band,
                before);
    }

    /** Whether the band got better (negative), worse (positive) or stayed (0) since the year before; 0 if none. */
    public int bandChange() {
        return previous == null
                ? 0
                : Integer.compare(band.ordinal(), previous.band().ordinal());
    }
}
