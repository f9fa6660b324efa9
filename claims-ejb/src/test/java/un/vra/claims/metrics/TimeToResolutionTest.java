package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeToResolutionTest {

    /**
     * Ten claims, worked out by hand. Month 3: 2 of 10 resolved, S = 8/10 = 0.8. Month 5: one censored, 7 left.
     * Month 8: 1 of 7 resolved, S = 0.8 x 6/7 = 0.685714; one censored, 5 left. Month 14: 2 of 5 resolved,
     * S = 0.685714 x 3/5 = 0.411429. Month 30: the last 3 censored, still pending.
     */
    private static TimeToResolution tenClaims() {
        TimeToResolution cohort = new TimeToResolution();
        cohort.add(3, 2, 0);
        cohort.add(5, 0, 1);
        cohort.add(8, 1, 1);
        cohort.add(14, 2, 0);
        cohort.add(30, 0, 3);
        return cohort;
    }

    @Test
    void theCurveStepsDownAtEachMonthWithAResolutionOnlyOverTheClaimsStillAtRisk() {
        TimeToResolution cohort = tenClaims();
        assertEquals(10, cohort.claims());
        assertEquals(5, cohort.resolved());
        List<TimeToResolution.Step> curve = cohort.curve();
        assertEquals(
                List.of(3, 8, 14),
                curve.stream().map(TimeToResolution.Step::month).toList());
        assertEquals(0.8, curve.get(0).unresolved(), 1e-9);
        assertEquals(0.8 * 6 / 7, curve.get(1).unresolved(), 1e-9);
        assertEquals(0.8 * 6 / 7 * 3 / 5, curve.get(2).unresolved(), 1e-9);
    }

    @Test
    void sharesWithinOneAndTwoYearsCountCensoredClaimsOnlyWhileTheyWereFollowed() {
        TimeToResolution cohort = tenClaims();
        assertEquals(1 - 0.685714, cohort.resolvedWithin(12), 1e-6, "not 3 of 10: one left unresolved at month 5");
        assertEquals(1 - 0.411429, cohort.resolvedWithin(24), 1e-6, "not 5 of 10");
        assertEquals(0.2, cohort.resolvedWithin(4), 1e-9);
        assertNull(cohort.resolvedWithin(60), "nobody was followed for five years");
        assertEquals(14, cohort.medianMonths(), "the first month the curve is at or under one half");
    }

    @Test
    void aCohortWithoutResolutionsHasNoMedianAndOneFullyResolvedReachesEveryHorizon() {
        TimeToResolution pending = new TimeToResolution();
        pending.add(2, 0, 4);
        assertNull(pending.medianMonths());
        assertEquals(0.0, pending.resolvedWithin(1), 1e-9);
        assertNull(pending.resolvedWithin(12));

        TimeToResolution done = new TimeToResolution();
        done.add(0, 1, 0);
        done.add(6, 1, 0);
        assertEquals(0, done.medianMonths());
        assertEquals(1.0, done.resolvedWithin(120), 1e-9);
        assertNull(new TimeToResolution().resolvedWithin(12));
        assertNull(new TimeToResolution().medianMonths());
    }

    @Test
    void monthsMustComeInOrder() {
        TimeToResolution cohort = new TimeToResolution();
        cohort.add(5, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> cohort.add(5, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> cohort.add(7, -1, 0));
    }
}
