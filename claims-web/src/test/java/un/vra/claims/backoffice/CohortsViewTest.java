package un.vra.claims.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import un.vra.claims.metrics.Cohort;
import un.vra.claims.metrics.TimeToResolution;

class CohortsViewTest {

    private static final ResourceBundle TEXTS = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"cohorts.unRoute", "Not on a route"}};
        }
    };

    @Test
    void eachCohortIsALineOfTheSharesResolvedByYearUpToWhereItCanHaveBeenFollowed() {
        // Half resolved in month 6, a quarter more in month 30: 0 at year 0, 50 % by the end of year 1 and 2, 75 %
        // by year 3; received in 2022, followed until December 2026, so nothing from year 5 on.
        Cohort cohort = new Cohort(
                "NPL",
                2022,
                4,
                3,
                0.5,
                0.5,
                null,
                null,
                6,
                List.of(new TimeToResolution.Step(6, 0.5), new TimeToResolution.Step(30, 0.25)));
        JsonObject chart =
                read(CohortsView.curveChart(List.of(cohort), TEXTS, Locale.ENGLISH, LocalDate.of(2026, 12, 3)));
        JsonObject line = chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertEquals("NPL 2022", line.getString("label"));
        JsonArray values = line.getJsonArray("data");
        assertEquals(11, values.size(), "years 0 to 10");
        assertEquals(0.0, values.getJsonNumber(0).doubleValue());
        assertEquals(50.0, values.getJsonNumber(1).doubleValue());
        assertEquals(50.0, values.getJsonNumber(2).doubleValue());
        assertEquals(75.0, values.getJsonNumber(3).doubleValue());
        assertEquals(75.0, values.getJsonNumber(4).doubleValue());
        assertTrue(values.isNull(5) && values.isNull(10), "not followed five years yet: " + values);
        JsonObject axis = chart.getJsonObject("options").getJsonObject("scales").getJsonObject("y");
        assertEquals(100, axis.getInt("max"), "the axis in per cent, as the values and the title");
        assertEquals(
                "percent", axis.getJsonObject("ticks").getJsonObject("format").getString("unit"));
    }

    private static JsonObject read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
