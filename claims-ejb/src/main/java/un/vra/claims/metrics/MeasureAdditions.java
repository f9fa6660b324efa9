package un.vra.claims.metrics;

import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import un.vra.claims.claim.ClaimStatePeriod;

/**
 * The measures of many new claims' periods ({@code claim_measure}, V81), counted in Java and added in multi-row
 * inserts, for the import, whose periods are written without their measures ({@link MeasureMaintenance#deferred}).
 * Each period's changes are those {@link MeasureMaintenance} writes for a period of a registration
 * ({@link PeriodChanges}, {@link MeasureRows}). The periods are kept as they are written ({@link #add}: a few numbers
 * and names each), and their rows are summed over the whole import and written at its end ({@link #finish}), one
 * breakdown at a time, in the table's key order: each row is written once, and its writes go through the table in
 * order.
 *
 * <p>Counted in SQL from the stored periods instead ({@code INSERT ... SELECT} grouped by the server), the import
 * of 100,000 claims spent 160 s on its measures, four fifths of them grouping 600,000 changes a breakdown on their
 * wide keys. Written a batch of claims at a time, the same rows took longer still: each batch's rows were scattered
 * over the whole table, and a day's row was written once for each batch that changed it.
 */
public final class MeasureAdditions {

    /** A row of {@code claim_measure} by its key (its first day as an epoch day), in the table's key order. */
    private record Row(
            String dimension,
            char kind,
            int start,
            String key,
            String route,
            String status,
            String outcome,
            int band) {}

    /**
     * What counts of a period: its days ({@code to} {@link #OPEN} while open) and its claim's receipt as epoch days,
     * its group's names, and its key in each breakdown ({@link MeasureRows}' order; null where it does not count).
     */
    private record Period(
            int from,
            int to,
            int receivedOn,
            boolean pending,
            String route,
            String status,
            String outcome,
            int children,
            String[] keys) {}

    private static final int OPEN = Integer.MIN_VALUE;

    private static final Comparator<Row> KEY_ORDER = Comparator.comparing(Row::dimension)
            .thenComparing(Row::kind)
            .thenComparingInt(Row::start)
            .thenComparing(Row::key)
            .thenComparing(Row::route)
            .thenComparing(Row::status)
            .thenComparing(Row::outcome)
            .thenComparingInt(Row::band);

    private static final String UPSERT = "INSERT INTO claim_measure (dimension, period_kind, period_start, dim_key,"
            + " route, status, paternity_outcome, age_band, claims, children) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + MeasureRepository.ADDED;

    /** Rows sent in one multi-row insert. */
    private static final int ROWS_PER_STATEMENT = 1000;

    private final Supplier<Connection> connection;
    private final List<Integer> yearStarts;
    private final List<Period> periods = new ArrayList<>();

    /**
     * @param connection the caller's transaction's, which writes the rows
     * @param yearStarts the years of {@code claim_measure_year}
     */
    MeasureAdditions(Supplier<Connection> connection, List<Integer> yearStarts) {
        this.connection = connection;
        this.yearStarts = List.copyOf(yearStarts);
    }

    /** Keeps what counts of a new period, for {@link #finish}. */
    public void add(ClaimStatePeriod period) {
        MeasureRows[] breakdowns = MeasureRows.values();
        String[] keys = new String[breakdowns.length];
        for (MeasureRows rows : breakdowns) {
            keys[rows.ordinal()] = rows.counts(period) ? rows.key(period) : null;
        }
        periods.add(new Period(
                (int) period.validFrom().toEpochDay(),
                period.validTo() == null ? OPEN : (int) period.validTo().toEpochDay(),
                (int) period.receivedOn().toEpochDay(),
                MeasureMaintenance.pending(period),
                period.route().name(),
                period.status().name(),
                period.paternityOutcome().name(),
                period.children(),
                keys));
    }

    /**
     * Adds to the stored rows the changes of every period kept, breakdown by breakdown: its day rows, its month rows,
     * and its year rows, each change spread over every later year of {@code claim_measure_year}.
     */
    public void finish() {
        for (MeasureRows rows : MeasureRows.values()) {
            Map<Row, long[]> days = new HashMap<>();
            Map<Row, long[]> months = new HashMap<>();
            Map<Row, long[]> changedYears = new HashMap<>();
            for (Period period : periods) {
                String key = period.keys()[rows.ordinal()];
                if (key == null) {
                    continue;
                }
                PeriodChanges.of(
                                LocalDate.ofEpochDay(period.from()),
                                period.to() == OPEN ? null : LocalDate.ofEpochDay(period.to()),
                                LocalDate.ofEpochDay(period.receivedOn()),
                                period.pending())
                        .forEach((slot, claims) -> {
                            LocalDate day = slot.day();
                            long[] counts = {claims, claims * period.children()};
                            add(days, row(rows, 'D', day, key, period, slot.band()), counts);
                            add(months, row(rows, 'M', day.withDayOfMonth(1), key, period, slot.band()), counts);
                            add(changedYears, row(rows, 'Y', day.withDayOfYear(1), key, period, slot.band()), counts);
                        });
            }
            write(days);
            days.clear();
            write(months);
            months.clear();
            write(laterYears(changedYears));
        }
        periods.clear();
    }

    /** The year rows of changes summed by the year they fall in: each counts in every later year's row. */
    private Map<Row, long[]> laterYears(Map<Row, long[]> changedYears) {
        Map<Row, long[]> years = new HashMap<>();
        changedYears.forEach((changed, counts) -> {
            int changedIn = LocalDate.ofEpochDay(changed.start()).getYear();
            for (int year : yearStarts) {
                if (year > changedIn) {
                    add(
                            years,
                            new Row(
                                    changed.dimension(),
                                    'Y',
                                    (int) LocalDate.of(year, 1, 1).toEpochDay(),
                                    changed.key(),
                                    changed.route(),
                                    changed.status(),
                                    changed.outcome(),
                                    changed.band()),
                            counts);
                }
            }
        });
        return years;
    }

    private static Row row(MeasureRows rows, char kind, LocalDate start, String key, Period period, int band) {
        return new Row(
                rows.code(),
                kind,
                (int) start.toEpochDay(),
                key,
                period.route(),
                period.status(),
                period.outcome(),
                band);
    }

    private static void add(Map<Row, long[]> rows, Row row, long[] counts) {
        long[] sum = rows.computeIfAbsent(row, r -> new long[2]);
        sum[0] += counts[0];
        sum[1] += counts[1];
    }

    /**
     * Adds the rows' counts to those stored, in the table's key order, as every writer of the measures locks them;
     * rows that change nothing are not written.
     */
    private void write(Map<Row, long[]> rows) {
        List<Map.Entry<Row, long[]>> sorted = new ArrayList<>(rows.entrySet());
        sorted.removeIf(row -> row.getValue()[0] == 0 && row.getValue()[1] == 0);
        sorted.sort(Map.Entry.comparingByKey(KEY_ORDER));
        try (PreparedStatement upsert = connection.get().prepareStatement(UPSERT)) {
            int pending = 0;
            for (Map.Entry<Row, long[]> entry : sorted) {
                Row row = entry.getKey();
                upsert.setString(1, row.dimension());
                upsert.setString(2, String.valueOf(row.kind()));
                upsert.setObject(3, LocalDate.ofEpochDay(row.start()));
                upsert.setString(4, row.key());
                upsert.setString(5, row.route());
                upsert.setString(6, row.status());
                upsert.setString(7, row.outcome());
                upsert.setInt(8, row.band());
                upsert.setLong(9, entry.getValue()[0]);
                upsert.setLong(10, entry.getValue()[1]);
                upsert.addBatch();
                if (++pending == ROWS_PER_STATEMENT) {
                    upsert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                upsert.executeBatch();
            }
        } catch (SQLException e) {
            throw new PersistenceException("the imported claims' measures could not be written", e);
        }
    }
}
