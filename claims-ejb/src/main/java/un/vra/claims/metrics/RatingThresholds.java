package un.vra.claims.metrics;

import java.io.Serializable;
import un.vra.claims.shared.InvalidInputException;

/**
 * Where the rating bands of the States' responsiveness start, as the VRA administrators set them. A State is
 * {@link RatingBand#UNRESPONSIVE} when any of its measures is past its unresponsive bound (fewer of its
 * notifications acknowledged within the standard than {@code acknowledgedUnresponsiveBelow}, a median of more
 * than {@code dnaResultUnresponsiveAbove} days to a DNA result, more of its claims in its turn idle than
 * {@code idleUnresponsiveAbove}); {@link RatingBand#RESPONSIVE} when each of its measures is within its
 * responsive bound; {@link RatingBand#NEEDS_ATTENTION} otherwise. A measure the State does not have (nothing
 * due to acknowledge, no DNA result yet, no claim in its turn) is not held against it. Shares are between 0 and
 * 1, days whole. Absent values are null only in a request that still has to be {@link #validated()}.
 */
public record RatingThresholds(
        Double acknowledgedResponsiveFrom,
        Double acknowledgedUnresponsiveBelow,
        Integer dnaResultResponsiveUpTo,
        Integer dnaResultUnresponsiveAbove,
        Double idleResponsiveUpTo,
        Double idleUnresponsiveAbove)
        implements Serializable {

    /** Ten years: no median time to a DNA result is meant to go past it. */
    static final int MAX_DAYS = 3650;

    /** These thresholds, each checked, or the first one out of place as invalid input. */
    public RatingThresholds validated() {
        share("acknowledgedUnresponsiveBelow", acknowledgedUnresponsiveBelow);
        share("acknowledgedResponsiveFrom", acknowledgedResponsiveFrom);
        if (acknowledgedUnresponsiveBelow > acknowledgedResponsiveFrom) {
            throw new InvalidInputException(
                    "acknowledgedUnresponsiveBelow",
                    "acknowledgedUnresponsiveBelow cannot be above acknowledgedResponsiveFrom");
        }
        days("dnaResultResponsiveUpTo", dnaResultResponsiveUpTo);
        days("dnaResultUnresponsiveAbove", dnaResultUnresponsiveAbove);
        if (dnaResultResponsiveUpTo > dnaResultUnresponsiveAbove) {
            throw new InvalidInputException(
                    "dnaResultResponsiveUpTo", "dnaResultResponsiveUpTo cannot be above dnaResultUnresponsiveAbove");
        }
        share("idleResponsiveUpTo", idleResponsiveUpTo);
        share("idleUnresponsiveAbove", idleUnresponsiveAbove);
        if (idleResponsiveUpTo > idleUnresponsiveAbove) {
            throw new InvalidInputException(
                    "idleResponsiveUpTo", "idleResponsiveUpTo cannot be above idleUnresponsiveAbove");
        }
        return this;
    }

    /** The band of a State with these measures, each null when the State does not have it. */
    public RatingBand band(Double acknowledgedInTimeShare, Double medianDaysToDnaResult, Double idlePendingShare) {
        if (below(acknowledgedInTimeShare, acknowledgedUnresponsiveBelow)
                || above(medianDaysToDnaResult, dnaResultUnresponsiveAbove.doubleValue())
                || above(idlePendingShare, idleUnresponsiveAbove)) {
            return RatingBand.UNRESPONSIVE;
        }
        if (below(acknowledgedInTimeShare, acknowledgedResponsiveFrom)
                || above(medianDaysToDnaResult, dnaResultResponsiveUpTo.doubleValue())
                || above(idlePendingShare, idleResponsiveUpTo)) {
            return RatingBand.NEEDS_ATTENTION;
        }
        return RatingBand.RESPONSIVE;
    }

    /**
     * SQL: the ordinal of the band of the row whose measures are the columns named, the same rule as
     * {@link #band}; the thresholds go in as parameters. A null measure compares as unknown, so never counts.
     */
    String bandSql(NativeSql sql, String acknowledged, String dnaResult, String idle) {
        return "CASE WHEN " + acknowledged + " < " + sql.parameter(acknowledgedUnresponsiveBelow) + " OR " + dnaResult
                + " > " + sql.parameter(dnaResultUnresponsiveAbove) + " OR " + idle + " > "
                + sql.parameter(idleUnresponsiveAbove) + " THEN " + RatingBand.UNRESPONSIVE.ordinal() + " WHEN "
                + acknowledged + " < " + sql.parameter(acknowledgedResponsiveFrom) + " OR " + dnaResult + " > "
                + sql.parameter(dnaResultResponsiveUpTo) + " OR " + idle + " > " + sql.parameter(idleResponsiveUpTo)
                + " THEN " + RatingBand.NEEDS_ATTENTION.ordinal() + " ELSE " + RatingBand.RESPONSIVE.ordinal()
                + " END";
    }

    /** Short, for the audit trail: each pair as responsive bound / unresponsive bound. */
    String describe() {
        return "acknowledged " + acknowledgedResponsiveFrom + "/" + acknowledgedUnresponsiveBelow + ", DNA result "
                + dnaResultResponsiveUpTo + "/" + dnaResultUnresponsiveAbove + " days, idle " + idleResponsiveUpTo + "/"
                + idleUnresponsiveAbove;
    }

    private static boolean below(Double value, double bound) {
        return value != null && value < bound;
    }

    private static boolean above(Double value, double bound) {
        return value != null && value > bound;
    }

    private static void share(String field, Double value) {
        if (value == null || value.isNaN() || value < 0 || value > 1) {
            throw new InvalidInputException(field, field + " must be a share between 0 and 1");
        }
    }

    private static void days(String field, Integer value) {
        if (value == null || value < 0 || value > MAX_DAYS) {
            throw new InvalidInputException(field, field + " must be a number of days between 0 and " + MAX_DAYS);
        }
    }
}
