package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

class RatingThresholdsTest {

    /** The thresholds V77 starts with. */
    private static final RatingThresholds DEFAULTS = new RatingThresholds(0.8, 0.5, 180, 365, 0.2, 0.5);

    @Test
    void aStateWithinEveryResponsiveBoundIsResponsive() {
        assertEquals(RatingBand.RESPONSIVE, DEFAULTS.band(0.8, 180.0, 0.2));
        assertEquals(RatingBand.RESPONSIVE, DEFAULTS.band(1.0, 20.0, 0.0));
    }

    @Test
    void oneMeasurePastItsResponsiveBoundNeedsAttention() {
        assertEquals(RatingBand.NEEDS_ATTENTION, DEFAULTS.band(0.79, 20.0, 0.0));
        assertEquals(RatingBand.NEEDS_ATTENTION, DEFAULTS.band(1.0, 181.0, 0.0));
        assertEquals(RatingBand.NEEDS_ATTENTION, DEFAULTS.band(1.0, 20.0, 0.21));
        assertEquals(RatingBand.NEEDS_ATTENTION, DEFAULTS.band(0.5, 365.0, 0.5), "each on its unresponsive bound");
    }

    @Test
    void oneMeasurePastItsUnresponsiveBoundIsUnresponsiveWhateverTheOthers() {
        assertEquals(RatingBand.UNRESPONSIVE, DEFAULTS.band(0.49, 20.0, 0.0));
        assertEquals(RatingBand.UNRESPONSIVE, DEFAULTS.band(1.0, 366.0, 0.0));
        assertEquals(RatingBand.UNRESPONSIVE, DEFAULTS.band(1.0, 20.0, 0.51));
    }

    @Test
    void aMeasureTheStateDoesNotHaveIsNotHeldAgainstIt() {
        assertEquals(RatingBand.RESPONSIVE, DEFAULTS.band(null, null, null));
        assertEquals(RatingBand.UNRESPONSIVE, DEFAULTS.band(0.0, null, null));
        assertEquals(RatingBand.NEEDS_ATTENTION, DEFAULTS.band(null, 200.0, null));
    }

    @Test
    void theDatabaseGetsTheSameRuleWithTheThresholdsAsParameters() {
        NativeSql sql = new NativeSql(java.time.LocalDate.of(2026, 1, 1));
        assertEquals(
                "CASE WHEN a < ?2 OR d > ?3 OR i > ?4 THEN 2 WHEN a < ?5 OR d > ?6 OR i > ?7 THEN 1 ELSE 0 END",
                DEFAULTS.bandSql(sql, "a", "d", "i"));
    }

    @Test
    void thresholdsOutOfOrderOrRangeAreRefusedByName() {
        assertEquals(DEFAULTS, DEFAULTS.validated());
        assertEquals("acknowledgedUnresponsiveBelow", refused(new RatingThresholds(0.5, 0.8, 180, 365, 0.2, 0.5)));
        assertEquals("dnaResultResponsiveUpTo", refused(new RatingThresholds(0.8, 0.5, 400, 365, 0.2, 0.5)));
        assertEquals("idleResponsiveUpTo", refused(new RatingThresholds(0.8, 0.5, 180, 365, 0.6, 0.5)));
        assertEquals("acknowledgedResponsiveFrom", refused(new RatingThresholds(1.5, 0.5, 180, 365, 0.2, 0.5)));
        assertEquals("dnaResultUnresponsiveAbove", refused(new RatingThresholds(0.8, 0.5, 180, 99_999, 0.2, 0.5)));
        assertEquals("idleUnresponsiveAbove", refused(new RatingThresholds(0.8, 0.5, 180, 365, 0.2, null)));
        assertEquals(
                "acknowledgedUnresponsiveBelow", refused(new RatingThresholds(0.8, Double.NaN, 180, 365, 0.2, 0.5)));
    }

    private static String refused(RatingThresholds thresholds) {
        return assertThrows(InvalidInputException.class, thresholds::validated).field();
    }
}
