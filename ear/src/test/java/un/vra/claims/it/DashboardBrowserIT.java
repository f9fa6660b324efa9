package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The task force's dashboard in Chromium shows the same figures and tables as the metrics API for the same
 * day, draws its charts under the Content-Security-Policy, names no claim, and speaks French.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBrowserIT {

    private static final Pattern CLAIM_REFERENCE = Pattern.compile("PC-\\d{4}-\\d{4}");
    private static final String[] BANDS = {"under1y", "1to3y", "3to5y", "5to10y", "over10y"};
    private static final String PAST_DAY = "2024-12-31";

    private final ApiClient taskForce = ApiClient.as("taskforce");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Claims of three States and one on the UN route, at every stage the figures count. */
    @BeforeAll
    static void claimsAtEveryStage() {
        ClaimSteps steps = new ClaimSteps();
        steps.received("NPL", "2019-05-10");
        steps.notified("ZAF", "2022-01-10", "2022-02-01");
        steps.established("NPL", "2023-03-01", "2023-03-15", "2023-04-01");
        steps.excluded("BGD", "2024-06-01", "2024-06-10", "2024-08-20");
        steps.close(steps.notified("ZAF", "2024-02-01", "2024-02-10"), "WITHDRAWN");
        steps.received(null, "2025-01-15");
    }

    @Test
    void theTaskForceLandsOnTheDashboardAndItsFiguresAreTheApisForToday() {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "taskforce");
            assertTrue(browser.currentUrl().contains("/claims/dashboard.xhtml"), browser.currentUrl());
            assertEquals("Claims dashboard", browser.title());
            assertFiguresAre(browser, taskForce.get("/claims/api/metrics/summary").json());
            assertEquals(List.of(), browser.findAll(By.id("nav-register")), "the task force has no register link");
        }
    }

    @Test
    void aDayChosenInThePickerShowsTheFiguresAsTheRegisterStoodThenAndAFutureDayIsRefused() {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "taskforce");
            browser.typeOver(By.id("as-of-form:as-of_input"), PAST_DAY + Keys.ESCAPE);
            browser.click(By.id("as-of-form:show"));
            browser.waitForUrl("asOf=" + PAST_DAY, "the chosen day in the page's address");
            assertFiguresAre(browser, taskForce.get("/claims/api/metrics/summary?asOf=" + PAST_DAY).json());
            assertTableIsTheBreakdown(browser, "by-member-state", "memberState", PAST_DAY);

            browser.open("/claims/dashboard.xhtml?asOf=2999-01-01");
            browser.waitForText("The date cannot be in the future.");
            assertFiguresAre(browser, taskForce.get("/claims/api/metrics/summary").json());
        }
    }

    @Test
    void theTablesByStateMissionCategoryAndYearAreTheApisBreakdownsAndTheTrend() {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "taskforce");
            for (String[] table : new String[][] {{"by-member-state", "memberState"}, {"by-mission", "mission"},
                    {"by-category", "category"}, {"by-year", "year"}}) {
                assertTableIsTheBreakdown(browser, table[0], table[1], null);
            }
            List<List<String>> states = browser.rows(By.id("tables:by-member-state"));
            assertEquals("UN route (civilian personnel)", states.get(states.size() - 1).get(0));

            JsonArray trend = taskForce.get("/claims/api/metrics/trend").jsonArray();
            List<List<String>> years = browser.rows(By.id("tables:by-year"));
            List<List<String>> fromTrend = new ArrayList<>();
            for (JsonValue value : trend) {
                JsonObject point = value.asJsonObject();
                if (point.getInt("claims") > 0) {
                    fromTrend.add(List.of(String.valueOf(point.getInt("year")),
                            Formats.number(point.getInt("claims")), Formats.number(point.getInt("established")),
                            Formats.number(point.getInt("excluded"))));
                }
            }
            assertEquals(fromTrend, years.stream().map(row -> row.subList(0, 4)).toList());
        }
    }

    @Test
    void everyTableIsHeadedByItsColumnTitlesAndNothingOfTheRequest() {
        List<String> figures = List.of("Claims", "Established", "Excluded", "Resolution rate", "Pending",
                "Under 1 year", "1 to 3 years", "3 to 5 years", "5 to 10 years", "Over 10 years");
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "taskforce");
            waitForTheCharts(browser);
            browser.screenshot("dashboard-en");
            String cookie = browser.sessionCookie();
            for (String[] table : new String[][] {{"by-member-state", "Member State"}, {"by-mission", "Mission"},
                    {"by-category", "Personnel category"}, {"by-year", "Year received"}}) {
                List<String> expected = new ArrayList<>(List.of(table[1]));
                expected.addAll(figures);
                assertEquals(expected, browser.columnTitles(By.id("tables:" + table[0])), table[0]);
            }
            String page = browser.pageSource();
            assertFalse(page.contains(cookie), "the session id is in the page");
            assertFalse(page.toLowerCase(Locale.ROOT).contains("user-agent"), "a request header is in the page");
        }
        try (Browser browser = new Browser("fr")) {
            browser.signIn("claims", "taskforce");
            waitForTheCharts(browser);
            browser.screenshot("dashboard-fr");
            assertEquals(List.of("État Membre", "Demandes", "Établie", "Exclue", "Taux de résolution", "En attente",
                    "Moins d'un an", "1 à 3 ans", "3 à 5 ans", "5 à 10 ans", "Plus de 10 ans"),
                    browser.columnTitles(By.id("tables:by-member-state")));
        }
    }

    @Test
    void bothChartsAreDrawnUnderTheContentSecurityPolicyAndNoClaimIsNamedAnywhere() {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "taskforce");
            waitForTheCharts(browser);
            String page = browser.pageSource();
            assertFalse(CLAIM_REFERENCE.matcher(page).find(), "a claim reference is on the task force's page");
        }
    }

    @Test
    void anOfficerOpensTheDashboardFromTheMenu() {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.click(By.id("nav-dashboard"));
            browser.waitFor(By.id("figure-total"));
            assertEquals("Claims dashboard", browser.title());
        }
    }

    @Test
    void aFrenchSpeakingMemberOfTheTaskForceReadsTheDashboardInFrench() {
        try (Browser browser = new Browser("fr")) {
            browser.signIn("claims", "taskforce");
            assertEquals("Tableau de bord des demandes", browser.title());
            String text = browser.pageText();
            for (String label : List.of("Taux de résolution", "Par État Membre", "Par catégorie de personnel",
                    "En attente auprès des États Membres", "Moins d'un an", "Voie de l’ONU (personnel civil)")) {
                assertTrue(text.contains(label), label);
            }
            assertFalse(text.contains("Resolution rate"));
        }
    }

    private static void waitForTheCharts(Browser browser) {
        for (String chart : List.of("age-chart", "trend-chart")) {
            browser.waitFor(By.cssSelector("#" + chart + " canvas"));
            browser.waitUntilTrue("var w = PrimeFaces.getWidgetById('" + chart + "');"
                    + " return !!(w && w.chart && w.chart.data.datasets.length > 0);");
        }
    }

    private static void assertFiguresAre(Browser browser, JsonObject summary) {
        assertEquals(Formats.number(summary.getInt("total")), figure(browser, "figure-total"));
        assertEquals(Formats.number(summary.getInt("established")), figure(browser, "figure-established"));
        assertEquals(Formats.number(summary.getInt("excluded")), figure(browser, "figure-excluded"));
        assertEquals(Formats.share(summary.getJsonNumber("resolutionRate").doubleValue()),
                figure(browser, "figure-resolution-rate"));
        assertEquals(Formats.number(summary.getInt("pendingWithMemberStates")),
                figure(browser, "figure-pending-with-states"));
        assertEquals(Formats.number(summary.getInt("memberStatesWithPending")),
                figure(browser, "figure-states-with-pending"));
        for (String band : BANDS) {
            assertEquals(Formats.number(summary.getJsonObject("ageBands").getInt(band)),
                    figure(browser, "band-" + band));
        }
    }

    @Test
    void aTableDownloadsAsCsvWithTheFiguresOfTheApi() throws IOException {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "taskforce");
            browser.click(By.cssSelector(".export-by-category-csv"));
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            List<String> lines = Files.readAllLines(browser.downloaded("by-category-" + today + ".csv"),
                    StandardCharsets.UTF_8);
            JsonArray rows = taskForce.get("/claims/api/metrics/breakdown?by=category").jsonArray();
            assertEquals(rows.size() + 1, lines.size(), "a header and the API's rows: " + lines);
            assertTrue(lines.get(0).startsWith("\uFEFFPersonnel category,Claims,"), lines.get(0));
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(String.valueOf(rows.getJsonObject(i).getInt("claims")), lines.get(i + 1).split(",")[1],
                        lines.get(i + 1));
            }
            assertFalse(String.join("\n", lines).matches("(?s).*PC-\\d{4}-\\d{4}.*"), "no claim references");
        }
    }

    /** Every row of the page's table is the API's row: label (or code), counts, rate and bands, in order. */
    private void assertTableIsTheBreakdown(Browser browser, String table, String by, String asOf) {
        JsonArray rows = taskForce.get("/claims/api/metrics/breakdown?by=" + by
                + (asOf == null ? "" : "&asOf=" + asOf)).jsonArray();
        List<List<String>> shown = browser.rows(By.id("tables:" + table));
        assertEquals(rows.size(), shown.size(), table);
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getJsonObject(i);
            List<String> expected = new ArrayList<>(List.of(Formats.number(row.getInt("claims")),
                    Formats.number(row.getInt("established")), Formats.number(row.getInt("excluded")),
                    Formats.share(row.getJsonNumber("resolutionRate").doubleValue()),
                    Formats.number(row.getInt("pending"))));
            for (String band : BANDS) {
                expected.add(Formats.number(row.getJsonObject("ageBands").getInt(band)));
            }
            assertEquals(expected, shown.get(i).subList(1, shown.get(i).size()), table + " row " + i);
            if (!"category".equals(by) && row.containsKey("key")) {
                assertEquals(row.getString("key"), shown.get(i).get(0));
            }
        }
    }

    private static String figure(Browser browser, String id) {
        return browser.text(By.cssSelector("#" + id + " .value"));
    }
}
