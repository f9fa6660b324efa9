package un.vra.claims.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import un.vra.claims.imports.CsvRecords.CsvRecord;

/** Where each column sits in this file, since exports do not agree on the order. */
final class LegacyHeader {

    private final Map<LegacyColumn, Integer> positions;

    private LegacyHeader(Map<LegacyColumn, Integer> positions) {
        this.positions = positions;
    }

    /**
     * Reports every unknown, repeated and missing name, so that a bad header is fixed in one go. The result is
     * usable only when no problem was added; it is null when the header row could not even be split.
     */
    static LegacyHeader read(CsvRecord record, List<ImportProblem> problems) {
        if (record.problem() != null) {
            problems.add(new ImportProblem(record.row(), null, "the header row is malformed: " + record.problem()));
            return null;
        }
        Map<LegacyColumn, Integer> positions = new EnumMap<>(LegacyColumn.class);
        for (int i = 0; i < record.fields().size(); i++) {
            place(record.fields().get(i), i, positions, problems);
        }
        for (LegacyColumn column : LegacyColumn.values()) {
            if (!positions.containsKey(column) && !column.mayBeLeftOut()) {
                problems.add(new ImportProblem(1, null, "the header lacks the column \"" + column.csvName() + "\""));
            }
        }
        return new LegacyHeader(positions);
    }

    private static void place(
            String name, int position, Map<LegacyColumn, Integer> positions, List<ImportProblem> problems) {
        LegacyColumn column = LegacyColumn.named(name);
        if (column == null) {
            problems.add(new ImportProblem(
                    1,
                    null,
                    "the header names an unknown column \"" + name + "\"; expected only: " + LegacyColumn.allNames()));
        } else if (positions.putIfAbsent(column, position) != null) {
            problems.add(new ImportProblem(
                    1,
                    null,
                    "the header names the column \"" + name + "\" more than once; expected each column exactly once"));
        }
    }

    int size() {
        return positions.size();
    }

    int position(LegacyColumn column) {
        return positions.get(column);
    }

    /** Blank fields are left out, so that "not given" means the same whether quoted or not. */
    Map<LegacyColumn, String> values(CsvRecord record) {
        Map<LegacyColumn, String> values = new EnumMap<>(LegacyColumn.class);
        positions.forEach((column, position) -> {
            String value = record.fields().get(position);
            if (!value.isBlank()) {
                values.put(column, value);
            }
        });
        return values;
    }
}
