package un.vra.claims.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the stages found wrong in one row. A field that failed its own check is remembered, so that the consistency
 * checks leave it out and one mistake is not reported several times over.
 */
final class RowFindings {

    /** A problem found in a row before it is placed by the file's column order. */
    private record Finding(LegacyColumn column, String message) {}

    private final int row;
    private final List<Finding> findings = new ArrayList<>();
    private final Set<LegacyColumn> failed = EnumSet.noneOf(LegacyColumn.class);

    RowFindings(int row) {
        this.row = row;
    }

    int row() {
        return row;
    }

    /** A field that did not pass its own check; returns null, the value a failed field stands for. */
    <T> T fail(LegacyColumn column, String message) {
        failed.add(column);
        findings.add(new Finding(column, message));
        return null;
    }

    /** Fields that each passed their own check but contradict one another. */
    void inconsistent(LegacyColumn column, String message) {
        findings.add(new Finding(column, message));
    }

    /** True when the field is blank, as opposed to present or failed: only then is its absence a mistake. */
    boolean blank(LegacyColumn column, Object value) {
        return value == null && !failed.contains(column);
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /** Stable sorting keeps a column's own check ahead of the consistency checks that mention it. */
    List<ImportProblem> problems(LegacyHeader header) {
        return findings.stream()
                .sorted(Comparator.comparingInt(finding -> header.position(finding.column())))
                .map(finding -> new ImportProblem(row, finding.column().csvName(), finding.message()))
                .toList();
    }
}
