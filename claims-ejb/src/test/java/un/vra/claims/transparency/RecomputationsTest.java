package un.vra.claims.transparency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The public figures' tables, as readers meet them over time: the first read waits for its table; once the table is
 * ten minutes old a read still gets it at once while one recomputation runs in the background, and the reads after
 * it get the new table; a recomputation that fails leaves the older table to the readers.
 */
class RecomputationsTest {

    private static final Instant START = Instant.parse("2026-12-03T12:00:00Z");

    private final List<Runnable> background = new ArrayList<>();
    private final Recomputations recomputations = new Recomputations(background::add);
    private final AtomicInteger computed = new AtomicInteger();

    private ComparedTable read(Duration after, Supplier<ComparedTable> compare) {
        return recomputations.get(
                7, PublicBreakdown.MEMBER_STATE, Clock.fixed(START.plus(after), ZoneOffset.UTC), compare);
    }

    private ComparedTable table(int claims) {
        computed.incrementAndGet();
        return ComparedTable.of(List.of(Figure.of(2025, "NPL", claims, 0, 0, 0)), List.of());
    }

    @Test
    void aReadAfterTenMinutesGetsTheKeptTableAtOnceWhileOneRecomputationRunsBehindIt() {
        ComparedTable first = read(Duration.ZERO, () -> table(10));
        assertEquals(1, computed.get(), "the first read waits for its table");
        assertSame(first, read(Duration.ofMinutes(9), () -> table(11)));
        assertEquals(0, background.size(), "a table younger than ten minutes is kept");

        assertSame(first, read(Duration.ofMinutes(11), () -> table(12)), "answered at once with the kept table");
        assertSame(first, read(Duration.ofMinutes(12), () -> table(13)));
        assertEquals(1, background.size(), "one recomputation at a time");
        assertEquals(1, computed.get(), "nothing recomputed on the reader's thread");

        background.remove(0).run();
        ComparedTable second = read(Duration.ofMinutes(13), () -> table(14));
        assertEquals(2, computed.get());
        assertNotSame(first, second, "the reads after the recomputation get its table");
        assertSame(second, read(Duration.ofMinutes(20), () -> table(15)), "kept ten minutes from its recomputation");
        assertEquals(0, background.size());
    }

    @Test
    void aRecomputationThatFailsLeavesTheOlderTableAndTheNextReadTriesAgain() {
        ComparedTable first = read(Duration.ZERO, () -> table(10));
        read(Duration.ofMinutes(11), () -> {
            throw new IllegalStateException("the database went away");
        });
        background.remove(0).run();
        assertSame(first, read(Duration.ofMinutes(12), () -> table(12)), "the older table is still answered");
        assertEquals(1, background.size(), "and tried again");
        background.remove(0).run();
        assertEquals(2, computed.get());
    }
}
