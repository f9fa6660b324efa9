package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PublicFiguresPage;
import un.vra.claims.it.pages.SignInPage;

/**
 * The published figures: an administrator publishes the year 2011, a late claim of that year is registered
 * afterwards, and anyone (no sign-in) reads the frozen figure unchanged beside today's recomputation, which marks the
 * revision and withholds it since it counts one claim. No count from 1 to 4 appears, in the API or in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicFiguresIT {

    private static final String YEAR = "2011";
    private static final String STATE = "ISL";

    private static long publication;

    private final ApiClient admin = ApiClient.as("vra.admin");
    private final ApiClient anyone = ApiClient.anonymous();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    @Order(1)
    void onlyAnAdministratorPublishesAndALateClaimLeavesThePublishedFigureAsItWas() {
        ClaimSteps steps = new ClaimSteps();
        for (int i = 0; i < 6; i++) {
            steps.received(STATE, YEAR + "-03-1" + i);
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String body = "{\"title\":\"Figures of 2011\",\"asOf\":\"" + today + "\",\"firstYear\":2011,\"lastYear\":2011}";
        assertEquals(
                403,
                ApiClient.as("vra.officer")
                        .post("/claims/api/publications", body)
                        .status());
        assertEquals(401, anyone.post("/claims/api/publications", body).status());
        assertEquals(
                400,
                admin.post("/claims/api/publications", body.replace(today, "2999-01-01"))
                        .status());
        ApiClient.Reply published = admin.post("/claims/api/publications", body);
        assertEquals(201, published.status(), published.response().body());
        publication = published.json().getJsonNumber("id").longValue();

        steps.received(STATE, YEAR + "-11-30");

        JsonObject figures = anyone.get("/claims/api/public/figures?publication=" + publication)
                .json();
        JsonObject iceland = row(figures, 2011, STATE);
        assertEquals(
                6, iceland.getJsonObject("published").getJsonObject("CLAIMS").getInt("count"));
        JsonObject now = iceland.getJsonObject("current").getJsonObject("CLAIMS");
        assertFalse(now.containsKey("count"), "a revision of one claim is withheld: " + now);
        assertEquals("COMPLEMENTARY", now.getString("suppression"));
        assertTrue(
                iceland.getJsonArray("revised").getValuesAs(JsonValue::toString).contains("\"CLAIMS\""));
        assertEquals("Iceland", iceland.getString("name"));
        assertNoSmallCount(figures);
        assertEquals(6, figures.getJsonArray("rules").size());
    }

    @Test
    @Order(2)
    void theCsvAndTheListAreOpenAndABadParameterIsRefusedWithTheApisError() {
        ApiClient.Reply csv = anyone.get("/claims/api/public/figures.csv?breakdown=MISSION&publication=" + publication);
        assertEquals(200, csv.status());
        assertTrue(
                csv.response().body().contains("Published: Claims"),
                csv.response().body());
        assertTrue(
                anyone.get("/claims/api/public/publications").response().body().contains("Figures of 2011"));
        ApiClient.Reply bad = anyone.get("/claims/api/public/figures?breakdown=COUNTRY");
        assertEquals(400, bad.status());
        assertEquals("VALIDATION", bad.json().getString("code"));
        assertEquals(
                404, anyone.get("/claims/api/public/figures?publication=999999").status());
    }

    @Test
    @Order(3)
    void thePageReadWithoutSigningInShowsTheTableItsRulesAndNoSmallCountInBothLanguages() {
        try (Browser browser = new Browser()) {
            browser.width(1280);
            PublicFiguresPage page = PublicFiguresPage.open(browser, publication, "MEMBER_STATE");
            assertEquals("Paternity and child-support claims: published figures", page.heading());
            assertEquals("Figures of 2011", page.title());
            assertEquals(
                    List.of(
                            "Year received",
                            "State",
                            "Claims",
                            "Paternity established",
                            "Paternity excluded",
                            "Pending",
                            "Closed without a determination",
                            "Resolution rate"),
                    page.columnTitles());
            assertTrue(page.rules().contains("fewer than 5"), page.rules());
            assertTrue(page.shows("Iceland"));
            assertNoSmallCellIn(page.rows());
            assertFalse(page.offersMenuEntry("signed-in-user"));
            page.screenshot("public-figures-en");
        }
        try (Browser browser = new Browser("fr")) {
            browser.width(1280);
            PublicFiguresPage page = PublicFiguresPage.open(browser, publication, "MISSION");
            assertEquals(
                    "Demandes en reconnaissance de paternité et en pension alimentaire : chiffres publiés",
                    page.heading());
            assertEquals("Mission", page.columnTitles().get(1));
            assertTrue(page.shows("MONUSCO"), "a mission by its acronym: " + page.rows());
            assertFalse(page.shows("United Nations"), "not by its English name: " + page.rows());
            assertNoSmallCellIn(page.rows());
            page.screenshot("public-figures-fr");
            PublicFiguresPage byState = PublicFiguresPage.open(browser, publication, "MEMBER_STATE");
            assertTrue(byState.shows("Islande"), "a State by its French name: " + byState.rows());
            assertFalse(byState.shows("Iceland"), "no English name of a State on the French page");
            assertTrue(byState.shows("0,0 %"), "a rate as French writes it: " + byState.rows());
            byState.screenshot("public-figures-states-fr");
        }
    }

    @Test
    @Order(4)
    void theAdministratorsPageListsThePublicationWithItsLabels() {
        try (Browser browser = new Browser()) {
            browser.width(1280);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            browser.click(By.id("nav-publications"));
            browser.waitFor(By.id("publish:title"));
            assertEquals("Publish the public figures", browser.title());
            assertEquals(
                    List.of("Title", "Figures as of", "Years received", "Published"),
                    browser.columnTitles(By.id("list")));
            assertTrue(browser.pageText().contains("Figures of 2011"));
            for (String label : List.of("Title", "First year received", "Last year received")) {
                assertTrue(browser.pageText().contains(label), label);
            }
            browser.screenshot("publications-en");
        }
    }

    private static JsonObject row(JsonObject figures, int year, String area) {
        return figures.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.containsKey("year") && row.getInt("year") == year)
                .filter(row -> area.equals(row.getString("area", null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + year + " " + area + " in " + figures));
    }

    private static void assertNoSmallCount(JsonObject figures) {
        for (JsonObject row : figures.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            for (String side : List.of("published", "current")) {
                if (!row.containsKey(side)) {
                    continue;
                }
                for (JsonValue value : row.getJsonObject(side).values()) {
                    JsonObject cell = value.asJsonObject();
                    if (cell.containsKey("count")) {
                        int count = cell.getInt("count");
                        assertTrue(count == 0 || count > 4, "a small count is shown: " + row);
                    } else {
                        assertFalse(cell.getString("suppression").equals("NONE"), row.toString());
                    }
                }
            }
        }
    }

    private static void assertNoSmallCellIn(List<List<String>> rows) {
        assertFalse(rows.isEmpty());
        for (List<String> row : rows) {
            for (String cell : row.subList(2, row.size())) {
                String published = cell.lines().findFirst().orElse("").trim();
                assertFalse(List.of("1", "2", "3", "4").contains(published), "a small count is shown in " + row);
            }
        }
    }
}
