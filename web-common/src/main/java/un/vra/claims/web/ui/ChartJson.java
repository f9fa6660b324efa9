package un.vra.claims.web.ui;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import un.vra.claims.shared.Languages;

/**
 * The Chart.js configuration that PrimeFaces 15's {@code p:chart} takes as its {@code value}. Written with
 * JSON-P so that labels from the bundles are always escaped; PrimeFaces writes the configuration into a
 * script, so {@code <} is escaped as well and no text can close that script. No animation: the figures
 * are shown at once, and a browser test reads a settled chart.
 */
public final class ChartJson {

    /** One line or set of bars: its label and a value per label of the chart, null where it has none (a gap). */
    public record Series(String label, List<? extends Number> values) {}

    private static final List<String> COLOURS = List.of("#0b4f8a", "#2e7d32", "#b42318", "#8e6c00", "#5b3f8c");

    private ChartJson() {}

    /** Bars in the reader's language's direction: in Arabic the first label on the right, the axis of values too. */
    public static String bar(Locale language, List<String> labels, Series... series) {
        return chart("bar", language, labels, List.of(series), false);
    }

    /** A line chart in the reader's language's direction, as {@link #bar}. */
    public static String line(Locale language, List<String> labels, Series... series) {
        return chart("line", language, labels, List.of(series), false);
    }

    /**
     * A line chart, as {@link #line}, of values in per cent (0 to 100): the axis always runs from 0 to 100 and its
     * ticks and the tooltips write each value as a percentage in the reader's language ("50 %" in French), so no
     * chart of shares near nothing draws an axis of 0 to 1 under a title that says per cent.
     */
    public static String perCentLine(Locale language, List<String> labels, Series... series) {
        return chart("line", language, labels, List.of(series), true);
    }

    private static String chart(
            String type, Locale language, List<String> labels, List<Series> series, boolean perCent) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(value -> {
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value.doubleValue());
                }
            });
            String colour = COLOURS.get(i % COLOURS.size());
            datasets.add(Json.createObjectBuilder()
                    .add("label", series.get(i).label())
                    .add("data", data)
                    .add("backgroundColor", colour)
                    .add("borderColor", colour)
                    .add("fill", false));
        }
        boolean rightToLeft = language != null && Languages.isRightToLeft(language.getLanguage());
        JsonObjectBuilder ticks = Json.createObjectBuilder().add("precision", 0);
        JsonObjectBuilder values =
                Json.createObjectBuilder().add("beginAtZero", true).add("position", rightToLeft ? "right" : "left");
        if (perCent) {
            // Chart.js formats the ticks and the tooltips' values alike with Intl.NumberFormat and these options.
            ticks.add(
                    "format",
                    Json.createObjectBuilder()
                            .add("style", "unit")
                            .add("unit", "percent")
                            .add("maximumFractionDigits", 1));
            values.add("min", 0).add("max", 100);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add(
                        "scales",
                        Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("reverse", rightToLeft))
                                .add("y", values.add("ticks", ticks)))
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("rtl", rightToLeft))
                                .add("tooltip", Json.createObjectBuilder().add("rtl", rightToLeft)));
        if (language != null && !language.getLanguage().isEmpty()) {
            // The numbers of the axes and tooltips as the page writes them (Arabic with the digits 0 to 9).
            options.add("locale", language.toLanguageTag());
        }
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
