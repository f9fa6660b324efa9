package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** An import's claims are named in SQL by runs of consecutive ids, a few conditions for any number of claims. */
class IdRunsTest {

    @Test
    void consecutiveIdsAreOneRunWhateverTheirOrderAndRepeats() {
        assertEquals(
                List.of("p.claim_id BETWEEN 7 AND 9 OR p.claim_id BETWEEN 12 AND 12"),
                MeasureRepository.idRuns("p.claim_id", List.of(9L, 12L, 7L, 8L, 8L), 10));
    }

    @Test
    void aConditionNamesAtMostTheRunsAskedAndNoIdsNoCondition() {
        assertEquals(
                List.of("id BETWEEN 1 AND 1 OR id BETWEEN 3 AND 3", "id BETWEEN 5 AND 6"),
                MeasureRepository.idRuns("id", List.of(1L, 3L, 5L, 6L), 2));
        assertEquals(List.of(), MeasureRepository.idRuns("id", List.of(), 2));
        assertEquals(
                List.of("id BETWEEN 1 AND 100000"),
                MeasureRepository.idRuns(
                        "id", LongStream.rangeClosed(1, 100_000).boxed().toList(), 1));
    }
}
