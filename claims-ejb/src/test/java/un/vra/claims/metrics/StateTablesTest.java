package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StateTablesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 4);

    private final StateTables tables = new StateTables();
    private final AtomicInteger computed = new AtomicInteger();
    private final Supplier<Integer> compute = computed::incrementAndGet;

    @Test
    void aTableIsComputedOnceAGenerationAndDayAndAgainUnderTheNext() {
        assertEquals(1, tables.get("activity", DAY, OptionalLong.of(7), compute));
        assertEquals(1, tables.get("activity", DAY, OptionalLong.of(7), compute), "kept");
        assertEquals(2, tables.get("activity", DAY.minusDays(1), OptionalLong.of(7), compute), "another day");
        assertEquals(3, tables.get("overdue", DAY, OptionalLong.of(7), compute), "another kind");
        assertEquals(4, tables.get("activity", DAY, OptionalLong.of(8), compute), "a write raised the generation");
        assertEquals(4, tables.get("activity", DAY, OptionalLong.of(8), compute));
        assertEquals(5, tables.get("activity", DAY, OptionalLong.of(7), compute), "an older snapshot computes its own");
    }

    @Test
    void withoutAGenerationEveryReadComputes() {
        assertEquals(1, tables.get("activity", DAY, OptionalLong.empty(), compute));
        assertEquals(2, tables.get("activity", DAY, OptionalLong.empty(), compute));
    }

    @Test
    void whatElseATableIsComputedWithTellsItApart() {
        assertEquals(1, tables.get("bands", DAY, OptionalLong.of(1), compute, 0.8, 0.5));
        assertEquals(1, tables.get("bands", DAY, OptionalLong.of(1), compute, 0.8, 0.5));
        assertEquals(2, tables.get("bands", DAY, OptionalLong.of(1), compute, 0.9, 0.5), "other thresholds");
    }

    @Test
    void atMostTheBoundIsKept() {
        for (int day = 0; day <= StateTables.TABLES; day++) {
            tables.get("activity", DAY.minusDays(day), OptionalLong.of(1), compute);
        }
        assertEquals(StateTables.TABLES + 1, computed.get());
        tables.get("activity", DAY, OptionalLong.of(1), compute);
        assertEquals(StateTables.TABLES + 2, computed.get(), "the tables were dropped at the bound");
    }
}
