package un.vra.claims.transparency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * A publication's figures beside today's recomputation of the same day and years. A cell whose count changed is
 * marked revised. Where the change is from 1 to 4 claims, the recomputed cell is withheld and protected like a
 * small count, since the two numbers side by side would otherwise count a few late or corrected claims.
 */
public final class ComparedTable {

    /** One row: the published and the recomputed row (either absent where the other side has no such row). */
    public record Row(int year, String area, PublicRow published, PublicRow current, Set<PublicMeasure> revised) {

        public Row {
            revised = Set.copyOf(revised);
        }
    }

    private final List<Row> rows;

    private ComparedTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    public static ComparedTable of(List<Figure> frozen, List<Figure> now) {
        SmallCountSuppression before = SmallCountSuppression.of(frozen);
        SmallCountSuppression after = SmallCountSuppression.of(now);
        Set<CellKey> cells = new HashSet<>(before.cells());
        cells.addAll(after.cells());
        Set<CellKey> revised = new HashSet<>();
        Set<CellKey> smallRevisions = new HashSet<>();
        for (CellKey cell : cells) {
            long change = Math.abs(after.count(cell) - before.count(cell));
            if (change > 0) {
                revised.add(cell);
            }
            if (change >= 1 && change <= 4) {
                smallRevisions.add(cell);
            }
        }
        PublicTable published = before.suppress(Set.of());
        PublicTable current = after.suppress(smallRevisions);
        TreeMap<String, Row> rows = new TreeMap<>();
        for (PublicTable table : List.of(published, current)) {
            for (PublicRow row : table.rows()) {
                rows.computeIfAbsent(order(row.year(), row.area()), key -> {
                    Set<PublicMeasure> changed = new HashSet<>();
                    for (PublicMeasure measure : PublicMeasure.values()) {
                        if (revised.contains(new CellKey(row.year(), row.area(), measure))) {
                            changed.add(measure);
                        }
                    }
                    return new Row(
                            row.year(),
                            row.area(),
                            published.row(row.year(), row.area()),
                            current.row(row.year(), row.area()),
                            changed);
                });
            }
        }
        return new ComparedTable(new ArrayList<>(rows.values()));
    }

    /** Newest year first, all years last; areas in order, each year's total last. */
    private static String order(int year, String area) {
        int yearOrder = year == PublicTable.ALL_YEARS ? 0 : 10_000 - year;
        return String.format(
                "%05d|%s", yearOrder == 0 ? 99_999 : yearOrder, PublicTable.ALL_AREAS.equals(area) ? "\uffff" : area);
    }

    public List<Row> rows() {
        return rows;
    }
}
