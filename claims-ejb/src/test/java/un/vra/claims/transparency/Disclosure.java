package un.vra.claims.transparency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A reader who tries to work out hidden cells: knows every shown count, that a "fewer than 5" is from 1 to 4 and
 * that a withheld cell is at least 1 (zeros are never hidden), and every sum the table has. It searches
 * integer solutions of those sums, so it finds what any reader could deduce, not only what a rule of thumb would.
 */
final class Disclosure {

    private static final int MOST = 200;

    private final Map<Object, Long> known = new HashMap<>();
    private final List<Object> hidden = new ArrayList<>();
    private final Map<Object, Suppression> why = new HashMap<>();
    private final List<List<Object>> parts = new ArrayList<>();
    private final List<Object> totals = new ArrayList<>();

    Disclosure(PublicTable table) {
        for (PublicRow row : table.rows()) {
            for (PublicMeasure measure : PublicMeasure.values()) {
                Object key = List.of(row.year(), row.area(), measure);
                PublicCell cell = row.cell(measure);
                if (cell.shown()) {
                    known.put(key, cell.count());
                } else {
                    hidden.add(key);
                    why.put(key, cell.suppression());
                }
            }
        }
        for (PublicRow row : table.rows()) {
            List<Object> rowParts = new ArrayList<>();
            for (PublicMeasure part : PublicMeasure.PARTS) {
                rowParts.add(List.of(row.year(), row.area(), part));
            }
            sum(rowParts, List.of(row.year(), row.area(), PublicMeasure.CLAIMS));
            for (PublicMeasure measure : PublicMeasure.values()) {
                if (!row.area().equals(PublicTable.ALL_AREAS) && row.year() != PublicTable.ALL_YEARS) {
                    continue;
                }
                List<Object> line = new ArrayList<>();
                for (PublicRow other : table.rows()) {
                    boolean sameYear =
                            other.year() == row.year() && !other.area().equals(PublicTable.ALL_AREAS);
                    boolean sameArea = other.area().equals(row.area()) && other.year() != PublicTable.ALL_YEARS;
                    if (row.area().equals(PublicTable.ALL_AREAS) && sameYear
                            || row.year() == PublicTable.ALL_YEARS && sameArea) {
                        line.add(List.of(other.year(), other.area(), measure));
                    }
                }
                if (!(row.area().equals(PublicTable.ALL_AREAS) && row.year() == PublicTable.ALL_YEARS)) {
                    sum(line, List.of(row.year(), row.area(), measure));
                }
            }
        }
    }

    private void sum(List<Object> of, Object total) {
        parts.add(of);
        totals.add(total);
    }

    List<Object> smallCells() {
        return hidden.stream()
                .filter(cell -> why.get(cell) == Suppression.FEWER_THAN_FIVE)
                .toList();
    }

    /** The values from 1 to 4 that the small cell can take in some solution of every sum. */
    List<Integer> possibleValues(Object small) {
        List<Integer> possible = new ArrayList<>();
        for (int value = 1; value <= 4; value++) {
            Map<Object, long[]> bounds = new HashMap<>();
            for (Object cell : hidden) {
                bounds.put(
                        cell, why.get(cell) == Suppression.FEWER_THAN_FIVE ? new long[] {1, 4} : new long[] {1, MOST});
            }
            bounds.put(small, new long[] {value, value});
            if (solve(bounds)) {
                possible.add(value);
            }
        }
        return possible;
    }

    /** Narrows the bounds by every sum until nothing changes, then tries the values of the narrowest cell. */
    private boolean solve(Map<Object, long[]> bounds) {
        if (!narrow(bounds)) {
            return false;
        }
        Object open = null;
        for (Object cell : hidden) {
            long[] range = bounds.get(cell);
            if (range[0] < range[1] && (open == null || range[1] - range[0] < width(bounds, open))) {
                open = cell;
            }
        }
        if (open == null) {
            return true;
        }
        long[] range = bounds.get(open);
        for (long value = range[0]; value <= range[1]; value++) {
            Map<Object, long[]> guess = new HashMap<>();
            bounds.forEach((cell, bound) -> guess.put(cell, bound.clone()));
            guess.put(open, new long[] {value, value});
            if (solve(guess)) {
                return true;
            }
        }
        return false;
    }

    private static long width(Map<Object, long[]> bounds, Object cell) {
        return bounds.get(cell)[1] - bounds.get(cell)[0];
    }

    /** Each sum "parts minus total is zero" bounds each of its hidden cells by the others; false if none fits. */
    private boolean narrow(Map<Object, long[]> bounds) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < parts.size(); i++) {
                List<Object> terms = new ArrayList<>(parts.get(i));
                terms.add(totals.get(i));
                for (int j = 0; j < terms.size(); j++) {
                    Object cell = terms.get(j);
                    if (!bounds.containsKey(cell)) {
                        continue;
                    }
                    long low = 0;
                    long high = 0;
                    for (int k = 0; k < terms.size(); k++) {
                        if (k != j) {
                            long sign = k == terms.size() - 1 ? -1 : 1;
                            long[] range = range(bounds, terms.get(k));
                            low += sign > 0 ? range[0] : -range[1];
                            high += sign > 0 ? range[1] : -range[0];
                        }
                    }
                    long sign = j == terms.size() - 1 ? -1 : 1;
                    long from = sign > 0 ? -high : low;
                    long to = sign > 0 ? -low : high;
                    long[] range = bounds.get(cell);
                    if (from > range[0] || to < range[1]) {
                        range[0] = Math.max(range[0], from);
                        range[1] = Math.min(range[1], to);
                        if (range[0] > range[1]) {
                            return false;
                        }
                        changed = true;
                    }
                }
            }
        }
        return true;
    }

    private long[] range(Map<Object, long[]> bounds, Object cell) {
        long[] range = bounds.get(cell);
        return range != null ? range : new long[] {known.get(cell), known.get(cell)};
    }
}
