package un.vra.claims.metrics;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import un.vra.claims.claim.AgeBand;

/**
 * The changes a state period makes to the maintained counts of its group: from a {@link Slot}'s day on, its claims
 * in the slot's age band (an {@link AgeBand}'s ordinal; 0 for claims that are not pending, whose band no measure
 * reads) change by the mapped number. A period from {@code from} up to {@code to} (excluded) counts on the days d
 * with {@code from <= d < to}, exactly as the as-of query {@link MetricsRepository#AS_OF} reads it.
 */
final class PeriodChanges {

    /** The bands' upper ages in years, youngest first: band i + 1 starts on the claim's BAND_YEARS[i]th birthday. */
    static final int[] BAND_YEARS = Arrays.stream(AgeBand.values())
            .map(AgeBand::toYears)
            .filter(Objects::nonNull)
            .mapToInt(Integer::intValue)
            .toArray();

    /** Day and band of a change, ordered, so that the changes of a period come out in one order. */
    record Slot(LocalDate day, int band) implements Comparable<Slot> {
        @Override
        public int compareTo(Slot other) {
            int byDay = day.compareTo(other.day);
            return byDay != 0 ? byDay : Integer.compare(band, other.band);
        }
    }

    /**
     * What a period adds to its group: one on the day it starts, in the band the claim had on that day; while
     * pending, a move to the next band on each anniversary that falls inside the period; and one less on the day
     * it ends ({@code to} null: open), in the band of its last day. A period that ends the day it starts counts
     * on no day and adds nothing.
     */
    static Map<Slot, Long> of(LocalDate from, LocalDate to, LocalDate receivedOn, boolean pending) {
        Map<Slot, Long> changes = new TreeMap<>();
        if (to != null && !to.isAfter(from)) {
            return changes;
        }
        add(changes, new Slot(from, band(receivedOn, from, pending)), 1);
        if (to != null) {
            add(changes, new Slot(to, band(receivedOn, to.minusDays(1), pending)), -1);
        }
        if (pending) {
            for (int i = 0; i < BAND_YEARS.length; i++) {
                LocalDate older = olderOn(receivedOn, BAND_YEARS[i]);
                if (older.isAfter(from) && (to == null || older.isBefore(to))) {
                    add(changes, new Slot(older, i), -1);
                    add(changes, new Slot(older, i + 1), 1);
                }
            }
        }
        changes.values().removeIf(claims -> claims == 0);
        return changes;
    }

    /** What a period's move from ending on {@code before} (null: open) to ending on {@code after} changes. */
    static Map<Slot, Long> ended(
            LocalDate from, LocalDate before, LocalDate after, LocalDate receivedOn, boolean pending) {
        Map<Slot, Long> changes = new TreeMap<>(of(from, after, receivedOn, pending));
        of(from, before, receivedOn, pending).forEach((slot, claims) -> add(changes, slot, -claims));
        changes.values().removeIf(claims -> claims == 0);
        return changes;
    }

    /** The band of a claim received on {@code receivedOn} as of {@code day}, as {@link AgeBand#of} gives it. */
    static int band(LocalDate receivedOn, LocalDate day, boolean pending) {
        return pending ? AgeBand.of(receivedOn, day).ordinal() : 0;
    }

    /**
     * The first day on which a claim received on {@code receivedOn} is {@code years} old for {@link AgeBand}:
     * the first day d with {@code d.minusYears(years)} on or after the receipt (1 March after a 29 February).
     */
    static LocalDate olderOn(LocalDate receivedOn, int years) {
        LocalDate day = receivedOn.plusYears(years);
        return day.minusYears(years).isBefore(receivedOn) ? day.plusDays(1) : day;
    }

    private PeriodChanges() {}

    private static void add(Map<Slot, Long> changes, Slot slot, long claims) {
        changes.merge(slot, claims, Long::sum);
    }
}
