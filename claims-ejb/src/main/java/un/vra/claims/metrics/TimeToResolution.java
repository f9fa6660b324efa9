package un.vra.claims.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The Kaplan-Meier estimate of the time from receipt to resolution (paternity established or excluded) of one
 * cohort of claims, in whole months. A claim still unresolved (pending, or closed without paternity determined)
 * is censored: it counts as at risk up to the month it was last seen, and no further. The tallies come in
 * ascending order of months, one per month that has any claim, as the database groups them.
 */
public final class TimeToResolution {

    /** Months in which a share resolved is given: one, two, five and ten years. */
    public static final List<Integer> WITHIN_MONTHS = List.of(12, 24, 60, 120);

    /** One step of the survival curve: the share still unresolved after {@code month}. */
    public record Step(int month, double unresolved) implements Serializable {}

    private final List<Step> curve = new ArrayList<>();
    private long claims;
    private long resolved;
    private final List<long[]> tallies = new ArrayList<>();

    /**
     * Adds the claims of one month: {@code resolvedIn} resolved in their {@code month}-th month after receipt
     * (0: within the first), {@code censoredIn} last seen unresolved then. Months must come in ascending order.
     */
    public void add(int month, long resolvedIn, long censoredIn) {
        if (month < 0 || resolvedIn < 0 || censoredIn < 0) {
            throw new IllegalArgumentException("months and counts cannot be negative");
        }
        if (!tallies.isEmpty() && tallies.get(tallies.size() - 1)[0] >= month) {
            throw new IllegalArgumentException("months must come in ascending order");
        }
        tallies.add(new long[] {month, resolvedIn, censoredIn});
        claims += resolvedIn + censoredIn;
        resolved += resolvedIn;
        curve.clear();
    }

    public long claims() {
        return claims;
    }

    public long resolved() {
        return resolved;
    }

    /** The product-limit curve: at each month with a resolution, the share of the cohort still unresolved. */
    public List<Step> curve() {
        if (curve.isEmpty()) {
            long atRisk = claims;
            double unresolved = 1.0;
            for (long[] tally : tallies) {
                if (tally[1] > 0) {
                    unresolved *= 1.0 - (double) tally[1] / atRisk;
                    curve.add(new Step((int) tally[0], unresolved));
                }
                atRisk -= tally[1] + tally[2];
            }
        }
        return List.copyOf(curve);
    }

    /**
     * The estimated share resolved before the {@code months}-th month after receipt ended (1 - S(months - 1)); null
     * when nobody in the cohort was followed that long without being resolved or the cohort is empty.
     */
    public Double resolvedWithin(int months) {
        if (claims == 0) {
            return null;
        }
        return followedFor(months) ? 1.0 - unresolvedBefore(curve(), months) : null;
    }

    /** On a curve, the share still unresolved when the {@code months}-th month after receipt ended: S(months - 1). */
    public static double unresolvedBefore(List<Step> curve, int months) {
        double unresolved = 1.0;
        for (Step step : curve) {
            if (step.month() >= months) {
                break;
            }
            unresolved = step.unresolved();
        }
        return unresolved;
    }

    /** The first month by whose end half the cohort is estimated resolved; null if the curve never gets there. */
    public Integer medianMonths() {
        for (Step step : curve()) {
            if (step.unresolved() <= 0.5) {
                return step.month();
            }
        }
        return null;
    }

    /**
     * Whether the estimate reaches {@code months}: some claim was followed at least that long, or every claim was
     * resolved before it (the curve is then 0 from there on).
     */
    private boolean followedFor(int months) {
        if (tallies.get(tallies.size() - 1)[0] >= months - 1L) {
            return true;
        }
        List<Step> steps = curve();
        return !steps.isEmpty() && steps.get(steps.size() - 1).unresolved() == 0.0;
    }
}
