package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aBarChartCarriesItsLabelsAndOneValuePerLabel() {
        JsonObject chart = read(ChartJson.bar(
                Locale.ENGLISH,
                List.of("Under 1 year", "1 to 3 years"),
                new ChartJson.Series("Pending", List.of(4L, 0L))));
        assertEquals("bar", chart.getString("type"));
        assertEquals(
                List.of("Under 1 year", "1 to 3 years"),
                chart.getJsonObject("data").getJsonArray("labels").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
        JsonObject dataset =
                chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("Pending", dataset.getString("label"));
        assertEquals(4, dataset.getJsonArray("data").getJsonNumber(0).intValue());
    }

    @Test
    void labelsCannotCloseTheScriptTheConfigurationIsWrittenInto() {
        String json =
                ChartJson.line(Locale.FRENCH, List.of("</script><b>"), new ChartJson.Series("a\"b", List.of(1.5)));
        assertFalse(json.contains("<"), json);
        JsonObject chart = read(json);
        assertEquals(
                "</script><b>",
                chart.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals(
                "a\"b",
                chart.getJsonObject("data")
                        .getJsonArray("datasets")
                        .getJsonObject(0)
                        .getString("label"));
    }

    @Test
    void inArabicTheFirstLabelStandsOnTheRightAndTheValuesAxisToo() {
        JsonObject arabic = read(ChartJson.bar(
                Locale.forLanguageTag("ar"), List.of("2024", "2025"), new ChartJson.Series("a", List.of(1, 2))));
        JsonObject scales = arabic.getJsonObject("options").getJsonObject("scales");
        assertTrue(scales.getJsonObject("x").getBoolean("reverse"));
        assertEquals("right", scales.getJsonObject("y").getString("position"));
        assertTrue(arabic.getJsonObject("options")
                .getJsonObject("plugins")
                .getJsonObject("legend")
                .getBoolean("rtl"));
        JsonObject english =
                read(ChartJson.line(Locale.ROOT, List.of("2024", "2025"), new ChartJson.Series("a", List.of(1, 2))));
        assertFalse(english.getJsonObject("options")
                .getJsonObject("scales")
                .getJsonObject("x")
                .getBoolean("reverse"));
    }

    @Test
    void aChartInPerCentRunsFrom0To100AndWritesItsTicksAndTooltipsAsPercentagesOfThePagesLanguage() {
        JsonObject chart = read(ChartJson.perCentLine(
                Locale.FRENCH, List.of("0", "1"), new ChartJson.Series("2024", List.of(0.0, 0.0))));
        JsonObject values =
                chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(0, values.getInt("min"));
        assertEquals(100, values.getInt("max"), "not 0 to 1 when nothing is resolved yet");
        JsonObject format = values.getJsonObject("ticks").getJsonObject("format");
        assertEquals("unit", format.getString("style"));
        assertEquals("percent", format.getString("unit"), "a value of 50 is 50 %, not 5,000 %");
        assertEquals("fr", chart.getJsonObject("options").getString("locale"));
    }

    @Test
    void aChartOfCountsKeepsItsAxisToTheValuesAndWritesThemInThePagesLanguage() {
        JsonObject chart = read(ChartJson.bar(
                Locale.forLanguageTag("ar-u-nu-latn"), List.of("2024"), new ChartJson.Series("a", List.of(3))));
        JsonObject values =
                chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertFalse(values.containsKey("max"));
        assertFalse(values.getJsonObject("ticks").containsKey("format"));
        assertEquals("ar-u-nu-latn", chart.getJsonObject("options").getString("locale"));
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
