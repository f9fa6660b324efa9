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
        StateFigure overdue = StateFigure.of(
                "NPL", Set.of("NPL", "ZAF", "URY", "BGD", "RWA"), Map.of("ZAF", 4L, "URY", 6L, "RWA", 1L), 0.0);
        assertEquals(0.0, overdue.value());
        assertEquals(1.0, overdue.medianOfStates());
    }

    @Test
    void aStateWhoseFigureIsUndefinedIsLeftOutOfTheMedian() {
        StateFigure share = StateFigure.of(
                "NPL",
                Set.of("NPL", "ZAF", "URY", "BGD", "RWA", "PAK"),
                Map.of("ZAF", 0.5, "URY", 1.0, "BGD", 0.0, "RWA", 0.25, "PAK", 0.75),
                null);
        assertNull(share.value());
        assertEquals(0.5, share.medianOfStates());
    }

    @Test
    void withFewerThanFiveStatesTheMedianIsWithheldSoNoOtherStatesValueCanBeWorkedOut() {
        StateFigure two = StateFigure.of("NPL", Set.of("NPL", "ZAF"), Map.of("NPL", 0.2, "ZAF", 0.8), null);
        assertEquals(0.2, two.value());
        assertNull(two.medianOfStates());
        StateFigure four = StateFigure.of(
                "NPL",
                Set.of("NPL", "ZAF", "URY", "BGD"),
                Map.of("NPL", 0.2, "ZAF", 0.8, "URY", 0.4, "BGD", 0.6),
                null);
        assertNull(four.medianOfStates());
    }

    @Test
    void fiveStatesWithTheFigureGiveTheMedianAndAStateWithoutItDoesNotMakeTheFifth() {
        Set<String> states = Set.of("NPL", "ZAF", "URY", "BGD", "RWA");
        assertEquals(
                0.4,
                StateFigure.of("NPL", states, Map.of("NPL", 0.2, "ZAF", 0.8, "URY", 0.4, "BGD", 0.6, "RWA", 0.0), null)
                        .medianOfStates());
        assertNull(StateFigure.of("NPL", states, Map.of("NPL", 0.2, "ZAF", 0.8, "URY", 0.4, "BGD", 0.6), null)
                .medianOfStates());
    }

    @Test
    void aStateWithoutClaimsHasNoFigureAndNoStateOnlyTheMedian() {
        Set<String> states = Set.of("ZAF", "URY", "BGD", "RWA", "PAK");
        Map<String, Long> counts = Map.of("ZAF", 1L, "URY", 2L, "BGD", 9L, "RWA", 3L, "NPL", 7L);
        assertNull(StateFigure.of("NPL", states, counts, 0.0).value());
        assertEquals(2.0, StateFigure.of(null, states, counts, 0.0).medianOfStates());
    }
}
