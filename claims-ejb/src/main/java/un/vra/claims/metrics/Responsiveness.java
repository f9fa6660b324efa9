package un.vra.claims.metrics;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A State's responsiveness on the as-of day (DOMAIN.md, "Measures"), each figure beside the median over all
 * States with claims: the share of its notifications acknowledged within the standard, the median days from
 * notification to a DNA result, the share of its pending claims with no event in the last
 * {@code idleDays} days, and its steps past their time standard. {@code memberState} is null when no State
 * was asked for; then only the medians are given.
 */
public record Responsiveness(
        LocalDate asOf,
        String memberState,
        int acknowledgeStandardDays,
        int idleDays,
        StateFigure acknowledgedInTimeShare,
        StateFigure medianDaysToDnaResult,
        StateFigure idlePendingShare,
        StateFigure overdueSteps)
        implements Serializable {}
