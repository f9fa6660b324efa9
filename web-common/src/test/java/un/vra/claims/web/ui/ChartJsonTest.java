package un.vra.claims.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void aBarChartCarriesItsLabelsAndOneValuePerLabel() {
        JsonObject chart = read(ChartJson.bar(
                List.of("Under 1 year", "1 to 3 years"), new ChartJson.Series("Pending", List.of(4L, 0L))));
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
        String json = ChartJson.line(List.of("</script><b>"), new ChartJson.Series("a\"b", List.of(1.5)));
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

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
