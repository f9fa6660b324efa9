package un.vra.claims.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configuration that PrimeFaces 15's {@code p:chart} takes as its {@code value}. Written with
 * JSON-P so that labels from the bundles are always escaped; PrimeFaces writes the configuration into a
 * script, so {@code <} is escaped as well and no text can close that script. No animation: the figures
 * are shown at once, and a browser test reads a settled chart.
 */
public final class ChartJson {

    /** One line or set of bars: its label and a value per label of the chart. */
    public record Series(String label, List<? extends Number> values) {}

    private static final List<String> COLOURS = List.of("#0b4f8a", "#2e7d32", "#b42318", "#8e6c00", "#5b3f8c");

    private ChartJson() {}

    public static String bar(List<String> labels, Series... series) {
        return chart("bar", labels, List.of(series));
    }

    public static String line(List<String> labels, Series... series) {
        return chart("line", labels, List.of(series));
    }

    private static String chart(String type, List<String> labels, List<Series> series) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(value -> data.add(value.doubleValue()));
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.get(i).label())
                    .add("data", data)
                    .add("backgroundColor", colour)
                    .add("borderColor", colour)
                    .add("fill", false));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("precision", 0))));
        return Json.createObjectBuilder()
                .add("type", type)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", Json.createArrayBuilder(labels))
                                .add("datasets", datasets))
                .add("options", options)
                .build()
                .toString()
                .replace("<", "\\u003c");
    }
}
