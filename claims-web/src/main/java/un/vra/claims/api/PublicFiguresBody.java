package un.vra.claims.api;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import un.vra.claims.transparency.ComparedTable;
import un.vra.claims.transparency.PublicBreakdown;
import un.vra.claims.transparency.PublicCell;
import un.vra.claims.transparency.PublicMeasure;
import un.vra.claims.transparency.PublicRow;
import un.vra.claims.transparency.PublicTable;
import un.vra.claims.transparency.PublicationView;
import un.vra.claims.transparency.PublishedFigures;
import un.vra.claims.transparency.Suppression;

/**
 * The public table as JSON: each row's published cells and today's recomputation of the same day. A cell is a
 * {@code count}, or no count and its {@code suppression}; totals have {@code year} or {@code area} null.
 */
public record PublicFiguresBody(
        PublicationView publication, PublicBreakdown breakdown, List<String> rules, List<Row> rows) {

    /** One cell: {@code count} null exactly when {@code suppression} is not NONE. */
    public record Cell(Long count, Suppression suppression) {}

    /** One row: {@code published} or {@code current} null where only the other side has the row. */
    public record Row(
            Integer year,
            String area,
            String name,
            Map<PublicMeasure, Cell> published,
            Map<PublicMeasure, Cell> current,
            String publishedRate,
            String currentRate,
            List<PublicMeasure> revised) {}

    static PublicFiguresBody of(PublishedFigures figures, List<String> rules, Function<String, String> names) {
        List<Row> rows = new ArrayList<>();
        for (ComparedTable.Row row : figures.table().rows()) {
            rows.add(new Row(
                    row.year() == PublicTable.ALL_YEARS ? null : row.year(),
                    PublicTable.ALL_AREAS.equals(row.area()) ? null : row.area(),
                    names.apply(row.area()),
                    cells(row.published()),
                    cells(row.current()),
                    rate(row.published()),
                    rate(row.current()),
                    row.revised().stream().sorted().toList()));
        }
        return new PublicFiguresBody(figures.publication(), figures.breakdown(), rules, rows);
    }

    private static Map<PublicMeasure, Cell> cells(PublicRow row) {
        if (row == null) {
            return null;
        }
        Map<PublicMeasure, Cell> cells = new EnumMap<>(PublicMeasure.class);
        for (PublicMeasure measure : PublicMeasure.values()) {
            PublicCell cell = row.cell(measure);
            cells.put(measure, new Cell(cell.count(), cell.suppression()));
        }
        return cells;
    }

    private static String rate(PublicRow row) {
        return row == null || row.resolutionRate() == null
                ? null
                : row.resolutionRate().toPlainString();
    }
}
