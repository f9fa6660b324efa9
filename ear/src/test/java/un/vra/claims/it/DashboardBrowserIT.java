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
import un.vra.claims.it.pages.DashboardPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.RegisterPage;
import un.vra.claims.it.pages.SignInPage;

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
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            assertTrue(dashboard.address().contains("/claims/dashboard.xhtml"), dashboard.address());
            assertEquals("Claims dashboard", dashboard.heading());
            assertFiguresAre(
                    dashboard, taskForce.get("/claims/api/metrics/summary").json());
            assertFalse(dashboard.offersMenuEntry("nav-register"), "the task force has no register link");
        }
    }

    @Test
    void aDayChosenInThePickerShowsTheFiguresAsTheRegisterStoodThenAndAFutureDayIsRefused() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage past = DashboardPage.shown(browser).showDay(PAST_DAY);
            assertFiguresAre(
                    past,
                    taskForce
                            .get("/claims/api/metrics/summary?asOf=" + PAST_DAY)
                            .json());
            assertTableIsTheBreakdown(past, "by-member-state", "memberState", PAST_DAY);

            DashboardPage future = DashboardPage.openAsOf(browser, "2999-01-01");
            future.waitForText("The date cannot be in the future.");
            assertFiguresAre(
                    future, taskForce.get("/claims/api/metrics/summary").json());
        }
    }

    @Test
    void theTablesByStateMissionCategoryAndYearAreTheApisBreakdownsAndTheTrend() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            for (String[] table : new String[][] {
                {"by-member-state", "memberState"},
                {"by-mission", "mission"},
                {"by-category", "category"},
                {"by-year", "year"}
            }) {
                assertTableIsTheBreakdown(dashboard, table[0], table[1], null);
            }
            List<List<String>> states = dashboard.rows("by-member-state");
            assertEquals(
                    "UN route (civilian personnel)",
                    states.get(states.size() - 1).get(0));

            JsonArray trend = taskForce.get("/claims/api/metrics/trend").jsonArray();
            List<List<String>> years = dashboard.rows("by-year");
            List<List<String>> fromTrend = new ArrayList<>();
            for (JsonValue value : trend) {
                JsonObject point = value.asJsonObject();
                if (point.getInt("claims") > 0) {
                    fromTrend.add(List.of(
                            String.valueOf(point.getInt("year")),
                            Formats.number(point.getInt("claims")),
                            Formats.number(point.getInt("established")),
                            Formats.number(point.getInt("excluded"))));
                }
            }
            assertEquals(fromTrend, years.stream().map(row -> row.subList(0, 4)).toList());
        }
    }

    @Test
    void everyTableIsHeadedByItsColumnTitlesAndNothingOfTheRequest() {
        List<String> figures = List.of(
                "Claims",
                "Established",
                "Excluded",
                "Resolution rate",
                "Pending",
                "Under 1 year",
                "1 to 3 years",
                "3 to 5 years",
                "5 to 10 years",
                "Over 10 years");
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            dashboard.waitForTheCharts();
            dashboard.screenshot("dashboard-en");
            String cookie = browser.sessionCookie();
            for (String[] table : new String[][] {
                {"by-member-state", "Member State"},
                {"by-mission", "Mission"},
                {"by-category", "Personnel category"},
                {"by-year", "Year received"}
            }) {
                List<String> expected = new ArrayList<>(List.of(table[1]));
                expected.addAll(figures);
                assertEquals(expected, dashboard.columnTitles(table[0]), table[0]);
            }
            String page = dashboard.source();
            assertFalse(page.contains(cookie), "the session id is in the page");
            assertFalse(page.toLowerCase(Locale.ROOT).contains("user-agent"), "a request header is in the page");
        }
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            dashboard.waitForTheCharts();
            dashboard.screenshot("dashboard-fr");
            assertEquals(
                    List.of(
                            "État Membre",
                            "Demandes",
                            "Établie",
                            "Exclue",
                            "Taux de résolution",
                            "En attente",
                            "Moins d'un an",
                            "1 à 3 ans",
                            "3 à 5 ans",
                            "5 à 10 ans",
                            "Plus de 10 ans"),
                    dashboard.columnTitles("by-member-state"));
        }
    }

    @Test
    void bothChartsAreDrawnUnderTheContentSecurityPolicyAndNoClaimIsNamedAnywhere() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            dashboard.waitForTheCharts();
            String page = dashboard.source();
            assertFalse(CLAIM_REFERENCE.matcher(page).find(), "a claim reference is on the task force's page");
        }
    }

    @Test
    void anOfficerOpensTheDashboardFromTheMenu() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            RegisterPage.shown(browser);
            assertEquals("Claims dashboard", DashboardPage.fromMenu(browser).heading());
        }
    }

    @Test
    void aFrenchSpeakingMemberOfTheTaskForceReadsTheDashboardInFrench() {
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            assertEquals("Tableau de bord des demandes", dashboard.heading());
            String text = dashboard.text();
            for (String label : List.of(
                    "Taux de résolution",
                    "Par État Membre",
                    "Par catégorie de personnel",
                    "En attente auprès des États Membres",
                    "Moins d'un an",
                    "Voie de l’ONU (personnel civil)")) {
                assertTrue(text.contains(label), label);
            }
            assertFalse(text.contains("Resolution rate"));
        }
    }

    private static void assertFiguresAre(DashboardPage dashboard, JsonObject summary) {
        assertEquals(Formats.number(summary.getInt("total")), dashboard.figure("total"));
        assertEquals(Formats.number(summary.getInt("established")), dashboard.figure("established"));
        assertEquals(Formats.number(summary.getInt("excluded")), dashboard.figure("excluded"));
        assertEquals(
                Formats.share(summary.getJsonNumber("resolutionRate").doubleValue()),
                dashboard.figure("resolution-rate"));
        assertEquals(
                Formats.number(summary.getInt("pendingWithMemberStates")), dashboard.figure("pending-with-states"));
        assertEquals(
                Formats.number(summary.getInt("memberStatesWithPending")), dashboard.figure("states-with-pending"));
        for (String band : BANDS) {
            assertEquals(Formats.number(summary.getJsonObject("ageBands").getInt(band)), dashboard.band(band));
        }
        assertEquals(Formats.number(summary.getInt("children")), dashboard.figure("children"));
    }

    @Test
    void theClaimTypeAndHostCountryFiltersShowTheApisFiguresForThoseClaimsInEnglishAndFrench() {
        new ClaimSteps().received("NPL", "2023-06-01");
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            assertEquals("Claim type", dashboard.label("claim-type"));
            assertEquals("Host country", dashboard.label("host-country"));
            assertTrue(dashboard.text().contains("Children (each counted once)"));
            assertTrue(dashboard.text().contains("By host country"));
            DashboardPage filtered = dashboard.showOnly("Paternity", "Democratic Republic of the Congo", "COD");
            assertTrue(filtered.address().contains("claimType=PATERNITY"), filtered.address());
            assertFiguresAre(
                    filtered,
                    taskForce
                            .get("/claims/api/metrics/summary?claimType=PATERNITY&hostCountry=COD")
                            .json());
            JsonArray byHost = taskForce
                    .get("/claims/api/metrics/breakdown?by=hostCountry&claimType=PATERNITY&hostCountry=COD")
                    .jsonArray();
            List<List<String>> rows = filtered.rows("by-host-country");
            assertEquals(1, byHost.size(), byHost.toString());
            assertEquals("Democratic Republic of the Congo", rows.get(0).get(0));
            assertEquals(
                    Formats.number(byHost.getJsonObject(0).getInt("claims")),
                    rows.get(0).get(1));
            filtered.waitForTheCharts();
            filtered.screenshot("dashboard-filtered-en");
        }
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            DashboardPage dashboard = DashboardPage.shown(browser);
            assertEquals("Type de demande", dashboard.label("claim-type"));
            assertEquals("Pays hôte", dashboard.label("host-country"));
            // The host country by its French name (the JDK's CLDR names: Congo-Kinshasa, not the UN's long form).
            DashboardPage filtered = dashboard.showOnly("Paternité", "Congo-Kinshasa", "COD");
            String text = filtered.text();
            assertFalse(text.contains("Democratic Republic"), "no English name of a country on the French page");
            assertTrue(text.contains("Enfants (chacun compté une fois)"), "children figure in French");
            assertTrue(text.contains("Par pays hôte"), "host country table in French");
            filtered.waitForTheCharts();
            filtered.screenshot("dashboard-filtered-fr");
        }
    }

    @Test
    void aTableDownloadsAsCsvWithTheFiguresOfTheApi() throws IOException {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            String today = LocalDate.now(ZoneOffset.UTC).toString();
            List<String> lines = Files.readAllLines(
                    DashboardPage.shown(browser).downloadCsv("by-category", "by-category-" + today + ".csv"),
                    StandardCharsets.UTF_8);
            JsonArray rows =
                    taskForce.get("/claims/api/metrics/breakdown?by=category").jsonArray();
            assertEquals(rows.size() + 1, lines.size(), "a header and the API's rows: " + lines);
            assertTrue(lines.get(0).startsWith("\uFEFFPersonnel category,Claims,"), lines.get(0));
            for (int i = 0; i < rows.size(); i++) {
                assertEquals(
                        String.valueOf(rows.getJsonObject(i).getInt("claims")),
                        lines.get(i + 1).split(",")[1],
                        lines.get(i + 1));
            }
            assertFalse(String.join("\n", lines).matches("(?s).*PC-\\d{4}-\\d{4}.*"), "no claim references");
        }
    }

    /** Every row of the page's table is the API's row: label (or code), counts, rate and bands, in order. */
    private void assertTableIsTheBreakdown(DashboardPage dashboard, String table, String by, String asOf) {
        JsonArray rows = taskForce
                .get("/claims/api/metrics/breakdown?by=" + by + (asOf == null ? "" : "&asOf=" + asOf))
                .jsonArray();
        List<List<String>> shown = dashboard.rows(table);
        assertEquals(rows.size(), shown.size(), table);
        for (int i = 0; i < rows.size(); i++) {
            JsonObject row = rows.getJsonObject(i);
            List<String> expected = new ArrayList<>(List.of(
                    Formats.number(row.getInt("claims")),
                    Formats.number(row.getInt("established")),
                    Formats.number(row.getInt("excluded")),
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
}
