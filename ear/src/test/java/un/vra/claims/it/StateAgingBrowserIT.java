package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.DoubleFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The portal's landing page shows the focal point's State its pending claims by age, its overdue steps and
 * its responsiveness, each beside the median of all States, as the API gives them to that focal point, and
 * names no other State.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StateAgingBrowserIT {

    private static final List<String> OTHER_STATES = List.of("ZAF", "BGD", "URY", "RWA", "PAK");

    private final ApiClient nepal = ApiClient.as("focal.npl");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /**
     * Nepal answers late, slowly or not at all on some claims; five other States have claims, so that each
     * median has the five States it needs. Dates are long past, so standards have run out and claims are idle.
     */
    @BeforeAll
    static void claimsOfFourStates() {
        ClaimSteps steps = new ClaimSteps();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        steps.acknowledged("NPL", "2023-01-10", "2023-02-01", "2023-02-20");
        steps.acknowledged("NPL", "2023-05-10", "2023-06-01", "2023-09-01");
        steps.notified("NPL", "2024-01-10", "2024-02-01");
        steps.excluded("NPL", "2022-01-10", "2022-02-01", "2022-02-10");
        steps.notified("NPL", "2025-01-10", today);
        steps.excluded("ZAF", "2023-01-10", "2023-02-01", "2023-02-05");
        steps.notified("ZAF", "2024-01-10", "2024-03-01");
        steps.excluded("BGD", "2023-01-10", "2023-02-01", "2023-03-20");
        steps.received("BGD", "2024-07-10");
        steps.notified("URY", "2024-04-10", "2024-05-01");
        for (String state : List.of("RWA", "PAK")) {
            steps.excluded(state, "2023-01-10", "2023-02-01", "2023-02-15");
            steps.notified(state, "2024-04-10", "2024-05-01");
        }
    }

    @Test
    void nepalsFocalPointSeesItsStatesFiguresBesideTheMedianOfAllStatesAsTheApiGivesThem() {
        JsonObject summary = nepal.get("/claims/api/metrics/summary").json();
        JsonObject responsiveness = nepal.get("/claims/api/metrics/responsiveness").json();
        assertEquals("NPL", responsiveness.getString("memberState"));
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.waitFor(By.id("state-aging"));
            assertEquals(Formats.number(summary.getInt("pendingWithMemberStates")), value(browser, "aging-pending"));
            for (String band : List.of("under1y", "1to3y", "3to5y", "5to10y", "over10y")) {
                assertEquals(Formats.number(summary.getJsonObject("ageBands").getInt(band)),
                        value(browser, "aging-band-" + band));
            }
            assertFigure(browser, "aging-overdue", responsiveness.getJsonObject("overdueSteps"),
                    value -> Formats.number(value));
            assertFigure(browser, "aging-acknowledged", responsiveness.getJsonObject("acknowledgedInTimeShare"),
                    Formats::share);
            assertFigure(browser, "aging-dna-result", responsiveness.getJsonObject("medianDaysToDnaResult"),
                    Formats::number);
            assertFigure(browser, "aging-idle", responsiveness.getJsonObject("idlePendingShare"),
                    Formats::share);
            browser.waitFor(By.cssSelector("#aging-chart canvas"));
            browser.waitForText("Median of all States");

            String section = browser.html(By.id("state-aging"));
            assertTrue(section.contains("NPL"), "the State's own code heads its figures");
            for (String other : OTHER_STATES) {
                assertFalse(section.contains(other), other + " is named on Nepal's page");
            }
        }
    }

    @Test
    void theMediansNeedAtLeastFiveStatesAndNepalsOwnFiguresFollowItsClaims() {
        JsonObject responsiveness = nepal.get("/claims/api/metrics/responsiveness?memberState=ZAF").json();
        assertEquals("NPL", responsiveness.getString("memberState"), "a focal point's figures are its own State's");
        for (String figure : List.of("acknowledgedInTimeShare", "medianDaysToDnaResult", "idlePendingShare",
                "overdueSteps")) {
            assertNotNull(responsiveness.getJsonObject(figure).getJsonNumber("medianOfStates"),
                    figure + " median in " + responsiveness);
            assertNotNull(responsiveness.getJsonObject(figure).getJsonNumber("value"),
                    figure + " value in " + responsiveness);
        }
        assertTrue(responsiveness.getJsonObject("acknowledgedInTimeShare").getJsonNumber("value").doubleValue() < 1,
                "one of Nepal's acknowledgements came after the standard");
        assertTrue(responsiveness.getJsonObject("overdueSteps").getJsonNumber("value").doubleValue() >= 2,
                "Nepal's long-waiting acknowledgement and sample collections are overdue");
        assertTrue(responsiveness.getJsonObject("idlePendingShare").getJsonNumber("value").doubleValue() > 0);

        JsonObject mediansOnly = ApiClient.as("taskforce").get("/claims/api/metrics/responsiveness").json();
        assertFalse(mediansOnly.containsKey("memberState"));
        assertFalse(mediansOnly.getJsonObject("overdueSteps").containsKey("value"));
        assertEquals(400, nepal.get("/claims/api/metrics/responsiveness?asOf=2999-01-01").status());
    }

    private static String value(Browser browser, String id) {
        return browser.text(By.cssSelector("#" + id + " .value"));
    }

    private static void assertFigure(Browser browser, String id, JsonObject figure, DoubleFunction<String> format) {
        assertEquals(format(figure, "value", format), value(browser, id), id);
        assertEquals("Median of all States: " + format(figure, "medianOfStates", format),
                browser.text(By.cssSelector("#" + id + " .compare")), id);
    }

    private static String format(JsonObject figure, String field, DoubleFunction<String> format) {
        JsonValue value = figure.get(field);
        return value == null ? Formats.NONE : format.apply(figure.getJsonNumber(field).doubleValue());
    }
}
