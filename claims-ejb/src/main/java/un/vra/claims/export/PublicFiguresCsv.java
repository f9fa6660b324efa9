package un.vra.claims.export;

import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import un.vra.claims.transparency.ComparedTable;
import un.vra.claims.transparency.PublicBreakdown;
import un.vra.claims.transparency.PublicLabels;
import un.vra.claims.transparency.PublicMeasure;
import un.vra.claims.transparency.PublicRow;
import un.vra.claims.transparency.PublishedFigures;

/**
 * The public table as CSV: for each year and State (or mission), the published counts, then today's
 * recomputation of the same day, then the measures revised since. Suppressed cells read as on the page.
 */
public final class PublicFiguresCsv {

    private PublicFiguresCsv() {}

    public static void write(PublishedFigures figures, ResourceBundle texts, OutputStream out) throws IOException {
        PublicLabels labels = new PublicLabels(texts, figures);
        List<String> headers = new ArrayList<>(List.of(
                texts.getString("public.year"),
                texts.getString("public.code"),
                texts.getString(figures.breakdown() == PublicBreakdown.MISSION ? "public.mission" : "public.state")));
        for (String side : List.of("public.published", "public.current")) {
            for (PublicMeasure measure : PublicMeasure.values()) {
                headers.add(MessageFormat.format(
                        texts.getString("public.side"), texts.getString(side), labels.measure(measure)));
            }
            headers.add(MessageFormat.format(
                    texts.getString("public.side"), texts.getString(side), texts.getString("public.rate")));
        }
        headers.add(texts.getString("public.revised"));
        List<List<String>> rows = new ArrayList<>();
        for (ComparedTable.Row row : figures.table().rows()) {
            List<String> line = new ArrayList<>(List.of(labels.year(row.year()), row.area(), labels.area(row.area())));
            for (PublicRow side : Arrays.asList(row.published(), row.current())) {
                for (PublicMeasure measure : PublicMeasure.values()) {
                    line.add(labels.cell(side, measure));
                }
                line.add(labels.rate(side));
            }
            line.add(String.join(
                    " ", row.revised().stream().sorted().map(labels::measure).toList()));
            rows.add(line);
        }
        CsvTableWriter.write(headers, rows, out);
    }
}
