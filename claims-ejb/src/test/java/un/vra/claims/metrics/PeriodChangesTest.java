package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.AgeBand;

class PeriodChangesTest {

    /** The count of a period in each band, as of each day, summed from its changes: as the as-of query counts. */
    @Test
    void theChangesSumToThePeriodInTheBandOfEachDay() {
        Random random = new Random(13);
        for (int run = 0; run < 400; run++) {
            LocalDate received = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
            LocalDate from = received.plusDays(random.nextInt(5000));
            LocalDate to = random.nextInt(4) == 0 ? null : from.plusDays(random.nextInt(5000) - 3);
            boolean pending = random.nextBoolean();
            checkEveryDay(received, from, to, pending, PeriodChanges.of(from, to, received, pending));
        }
    }

    @Test
    void endingAnOpenPeriodTakesAwayWhatItWouldHaveCountedAfter() {
        LocalDate received = LocalDate.of(2016, 2, 29);
        LocalDate from = LocalDate.of(2016, 3, 10);
        LocalDate to = LocalDate.of(2022, 5, 1);
        Map<PeriodChanges.Slot, Long> total = new java.util.TreeMap<>(PeriodChanges.of(from, null, received, true));
        PeriodChanges.ended(from, null, to, received, true).forEach((slot, n) -> total.merge(slot, n, Long::sum));
        total.values().removeIf(n -> n == 0);
        assertEquals(PeriodChanges.of(from, to, received, true), total);
    }

    @Test
    void aClaimReceivedOnTheTwentyNinthOfFebruaryAgesOnTheFirstOfMarch() {
        assertEquals(LocalDate.of(2017, 3, 1), PeriodChanges.olderOn(LocalDate.of(2016, 2, 29), 1));
        assertEquals(LocalDate.of(2020, 2, 29), PeriodChanges.olderOn(LocalDate.of(2016, 2, 29), 4));
        assertEquals(LocalDate.of(2019, 3, 1), PeriodChanges.olderOn(LocalDate.of(2018, 3, 1), 1));
        assertTrue(PeriodChanges.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), true)
                .isEmpty());
    }

    private static void checkEveryDay(
            LocalDate received, LocalDate from, LocalDate to, boolean pending, Map<PeriodChanges.Slot, Long> changes) {
        long[] running = new long[AgeBand.values().length];
        Map<LocalDate, Map<Integer, Long>> byDay = new java.util.TreeMap<>();
        changes.forEach((slot, n) -> byDay.computeIfAbsent(slot.day(), d -> new java.util.HashMap<>())
                .merge(slot.band(), n, Long::sum));
        LocalDate last = (to == null ? from : to).plusYears(11);
        for (LocalDate day = from.minusDays(2); !day.isAfter(last); day = day.plusDays(1)) {
            byDay.getOrDefault(day, Map.of()).forEach((band, n) -> running[band] += n);
            boolean counted = !day.isBefore(from) && (to == null || day.isBefore(to));
            int band = pending ? AgeBand.of(received, day).ordinal() : 0;
            for (int b = 0; b < running.length; b++) {
                assertEquals(counted && b == band ? 1 : 0, running[b], received + " " + from + "-" + to + " on " + day);
            }
        }
    }
}
