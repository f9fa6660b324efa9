package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateFigureTest {

    @Test
    void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
        assertEquals(3.0, StateFigure.median(List.of(5.0, 1.0, 3.0)));
        assertEquals(2.5, StateFigure.median(List.of(4.0, 1.0, 3.0, 2.0)));
        assertNull(StateFigure.median(List.of()));
    }

    @Test
    void aStateWithClaimsButNoCountCountsAsZeroWhenAbsentMeansZero() {
        StateFigure overdue = StateFigure.of("NPL", Set.of("NPL", "ZAF", "URY", "BGD"),
                Map.of("ZAF", 4L, "URY", 6L), 0.0);
        assertEquals(0.0, overdue.value());
        assertEquals(2.0, overdue.medianOfStates());
    }

    @Test
    void aStateWhoseFigureIsUndefinedIsLeftOutOfTheMedian() {
        StateFigure share = StateFigure.of("NPL", Set.of("NPL", "ZAF", "URY", "BGD"),
                Map.of("ZAF", 0.5, "URY", 1.0, "BGD", 0.0), null);
        assertNull(share.value());
        assertEquals(0.5, share.medianOfStates());
    }

    @Test
    void withFewerThanThreeStatesTheMedianIsWithheldSoNoOtherStatesValueCanBeWorkedOut() {
        StateFigure share = StateFigure.of("NPL", Set.of("NPL", "ZAF"), Map.of("NPL", 0.2, "ZAF", 0.8), null);
        assertEquals(0.2, share.value());
        assertNull(share.medianOfStates());
    }

    @Test
    void aStateWithoutClaimsHasNoFigureAndNoStateOnlyTheMedian() {
        Set<String> states = Set.of("ZAF", "URY", "BGD");
        Map<String, Long> counts = Map.of("ZAF", 1L, "URY", 2L, "BGD", 9L, "NPL", 7L);
        assertNull(StateFigure.of("NPL", states, counts, 0.0).value());
        assertEquals(2.0, StateFigure.of(null, states, counts, 0.0).medianOfStates());
    }
}
