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
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PortalHomePage;
import un.vra.claims.it.pages.SignInPage;

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
        JsonObject responsiveness =
                nepal.get("/claims/api/metrics/responsiveness").json();
        assertEquals("NPL", responsiveness.getString("memberState"));
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            PortalHomePage home = PortalHomePage.shown(browser);
            assertEquals(Formats.number(summary.getInt("pendingWithMemberStates")), home.stateFigure("pending"));
            for (String band : List.of("under1y", "1to3y", "3to5y", "5to10y", "over10y")) {
                assertEquals(
                        Formats.number(summary.getJsonObject("ageBands").getInt(band)),
                        home.stateFigure("band-" + band));
            }
            assertFigure(home, "overdue", responsiveness.getJsonObject("overdueSteps"), value -> Formats.number(value));
            assertFigure(home, "acknowledged", responsiveness.getJsonObject("acknowledgedInTimeShare"), Formats::share);
            assertFigure(home, "dna-result", responsiveness.getJsonObject("medianDaysToDnaResult"), Formats::number);
            assertFigure(home, "idle", responsiveness.getJsonObject("idlePendingShare"), Formats::share);
            home.waitForTheAgingChart();
            home.waitForText("Median of all States");

            String section = home.stateFiguresMarkup();
            assertTrue(section.contains("NPL"), "the State's own code heads its figures");
            for (String other : OTHER_STATES) {
                assertFalse(section.contains(other), other + " is named on Nepal's page");
            }
        }
    }

    @Test
    void theMediansNeedAtLeastFiveStatesAndNepalsOwnFiguresFollowItsClaims() {
        JsonObject responsiveness =
                nepal.get("/claims/api/metrics/responsiveness?memberState=ZAF").json();
        assertEquals("NPL", responsiveness.getString("memberState"), "a focal point's figures are its own State's");
        for (String figure :
                List.of("acknowledgedInTimeShare", "medianDaysToDnaResult", "idlePendingShare", "overdueSteps")) {
            assertNotNull(
                    responsiveness.getJsonObject(figure).getJsonNumber("medianOfStates"),
                    figure + " median in " + responsiveness);
            assertNotNull(
                    responsiveness.getJsonObject(figure).getJsonNumber("value"),
                    figure + " value in " + responsiveness);
        }
        assertTrue(
                responsiveness
                                .getJsonObject("acknowledgedInTimeShare")
                                .getJsonNumber("value")
                                .doubleValue()
                        < 1,
                "one of Nepal's acknowledgements came after the standard");
        assertTrue(
                responsiveness
                                .getJsonObject("overdueSteps")
                                .getJsonNumber("value")
                                .doubleValue()
                        >= 2,
                "Nepal's long-waiting acknowledgement and sample collections are overdue");
        assertTrue(responsiveness
                        .getJsonObject("idlePendingShare")
                        .getJsonNumber("value")
                        .doubleValue()
                > 0);

        JsonObject mediansOnly = ApiClient.as("taskforce")
                .get("/claims/api/metrics/responsiveness")
                .json();
        assertFalse(mediansOnly.containsKey("memberState"));
        assertFalse(mediansOnly.getJsonObject("overdueSteps").containsKey("value"));
        assertEquals(
                400,
                nepal.get("/claims/api/metrics/responsiveness?asOf=2999-01-01").status());
    }

    private static void assertFigure(
            PortalHomePage home, String name, JsonObject figure, DoubleFunction<String> format) {
        assertEquals(format(figure, "value", format), home.stateFigure(name), name);
        assertEquals("Median of all States: " + format(figure, "medianOfStates", format), home.comparison(name), name);
    }

    private static String format(JsonObject figure, String field, DoubleFunction<String> format) {
        JsonValue value = figure.get(field);
        return value == null
                ? Formats.NONE
                : format.apply(figure.getJsonNumber(field).doubleValue());
    }
}
