package un.vra.claims.backoffice;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import un.vra.claims.metrics.BreakdownRow;

/**
 * A table of the dashboard as plain headers and rows, so that it can be shown and exported alike. Cells hold
 * the row's label (a String), counts (Long) and shares between 0 and 1 (Double, the only fractions).
 */
public record MetricsTable(String id, String title, List<String> headers, List<List<Object>> rows)
        implements Serializable {

    /** The column headers after the row's label, before the age bands. */
    public record Columns(String claims, String established, String excluded, String resolutionRate, String pending)
            implements Serializable {}

    /**
     * A breakdown as a table: the row's label, claims, established, excluded, resolution rate, pending, then
     * the pending claims in each age band, in band order.
     */
    public static MetricsTable of(
            String id,
            String title,
            String keyHeader,
            Columns columns,
            List<String> bandHeaders,
            List<BreakdownRow> breakdown,
            Function<String, String> keyLabel) {
        List<String> headers = new ArrayList<>(List.of(
                keyHeader,
                columns.claims(),
                columns.established(),
                columns.excluded(),
                columns.resolutionRate(),
                columns.pending()));
        headers.addAll(bandHeaders);
        List<List<Object>> rows = new ArrayList<>();
        for (BreakdownRow row : breakdown) {
            List<Object> cells = new ArrayList<>(List.of(
                    keyLabel.apply(row.key()),
                    row.claims(),
                    row.established(),
                    row.excluded(),
                    row.resolutionRate(),
                    row.pending()));
            cells.addAll(row.ageBands().values());
            rows.add(List.copyOf(cells));
        }
        return new MetricsTable(id, title, List.copyOf(headers), List.copyOf(rows));
    }
}
