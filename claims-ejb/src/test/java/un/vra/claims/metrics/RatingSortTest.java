package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

class RatingSortTest {

    @Test
    void readsAColumnAndItsDirection() {
        assertEquals(new RatingSort(RatingSort.Field.DNA_RESULT, true), RatingSort.parse("-dna-result"));
        assertEquals(new RatingSort(RatingSort.Field.PENDING, false), RatingSort.parse(" PENDING "));
        assertEquals(RatingSort.DEFAULT, RatingSort.parse(""));
        assertEquals("-band", RatingSort.DEFAULT.toString());
    }

    @Test
    void ordersStatesWithoutTheFigureLastThenByBandPendingAndCode() {
        assertEquals(
                "idle IS NULL, idle DESC, band DESC, pending DESC, member_state",
                RatingSort.parse("-idle").orderBy());
    }

    @Test
    void refusesAnyOtherColumnWithoutEchoingSql() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> RatingSort.parse("name; DROP TABLE claim"));
        assertEquals("sort", refused.field());
    }
}
