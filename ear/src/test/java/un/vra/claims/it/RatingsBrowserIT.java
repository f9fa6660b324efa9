package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.it.pages.CohortsPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PortalHomePage;
import un.vra.claims.it.pages.RatingsPage;
import un.vra.claims.it.pages.SignInPage;

/**
 * The ratings page in Chromium, in English and French, for the task force and an administrator; and a focal
 * point's landing page, which shows its State's band and the counts per band without naming another State.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatingsBrowserIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @BeforeAll
    static void claimsOfThreeStates() {
        ClaimSteps steps = new ClaimSteps();
        steps.acknowledged("NPL", daysAgo(20), daysAgo(10), daysAgo(5));
        steps.notified("ZAF", daysAgo(420), daysAgo(400));
        steps.acknowledged("BGD", daysAgo(20), daysAgo(10), daysAgo(5));
        steps.notified("BGD", daysAgo(70), daysAgo(60));
    }

    @Test
    void theTaskForceSeesEveryStatesBandAndSortsTheTable() {
        try (Browser browser = new Browser()) {
            browser.width(1280);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            RatingsPage ratings = RatingsPage.fromMenu(browser);
            assertEquals("Responsiveness of every State", ratings.heading());
            assertEquals(
                    List.of(
                            "State",
                            "Pending claims",
                            "Overdue steps",
                            "Acknowledged within the standard",
                            "Median days to DNA result",
                            "Idle pending claims",
                            "Rating",
                            "Rating a year earlier",
                            "Pending a year earlier"),
                    ratings.columnTitles());
            assertTrue(ratings.text().contains("States per rating"), ratings.text());
            assertEquals(
                    3, ratings.distribution().size(), ratings.distribution().toString());
            assertTrue(
                    ratings.distribution().get(0).startsWith("Responsive: "),
                    ratings.distribution().toString());
            String rows = ratings.rows().toString();
            assertTrue(rows.contains("South Africa (ZAF)") && rows.contains("Unresponsive"), rows);
            assertTrue(rows.contains("Bangladesh (BGD)") && rows.contains("Needs attention"), rows);
            assertEquals(
                    List.of(
                            "Responsive from this share acknowledged within the standard",
                            "Unresponsive below this share acknowledged within the standard",
                            "Responsive up to this median of days to a DNA result",
                            "Unresponsive above this median of days to a DNA result",
                            "Responsive up to this share of idle pending claims",
                            "Unresponsive above this share of idle pending claims"),
                    ratings.thresholdLabels());
            assertFalse(ratings.canSaveThresholds(), "only an administrator sets the thresholds");
            assertTrue(browser.fitsWidth(), "the page fits 1,280 pixels");
            ratings.screenshot("ratings-en");

            ratings.sortBy("State");
            List<String> codes = ratings.rows().stream()
                    .map(row -> row.get(0).replaceAll(".*\\((\\w{3})\\)$", "$1"))
                    .toList();
            assertEquals(codes.stream().sorted().toList(), codes, "sorted on the State's code by the database");
        }
    }

    @Test
    void theRatingsPageSpeaksFrenchAndAnAdministratorCanSaveTheThresholds() {
        try (Browser browser = new Browser("fr")) {
            browser.width(1280);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            RatingsPage ratings = RatingsPage.fromMenu(browser);
            assertEquals("Réactivité de chaque État", ratings.heading());
            assertEquals("État", ratings.columnTitles().get(0));
            assertEquals("Note", ratings.columnTitles().get(6));
            assertTrue(ratings.text().contains("États par note"), ratings.text());
            assertTrue(
                    ratings.rows().toString().contains("Non réactif"),
                    ratings.rows().toString());
            assertTrue(ratings.canSaveThresholds());
            String acknowledged = ratings.threshold("acknowledgedResponsiveFrom");
            assertTrue(acknowledged.matches("0,\\d+"), "a share as French writes it: " + acknowledged);
            assertTrue(ratings.threshold("dnaResultResponsiveUpTo").matches("\\d+"));
            ratings.screenshot("ratings-fr");

            ratings.typeThreshold("acknowledgedResponsiveFrom", "0,8.5");
            ratings = ratings.saveThresholds();
            List<String> refused = ratings.messages();
            assertEquals(1, refused.size(), refused.toString());
            assertTrue(
                    refused.get(0).startsWith(ratings.thresholdLabels().get(0) + " : « 0,8.5 » n’est pas un nombre")
                            && refused.get(0).endsWith("par exemple 0,75."),
                    "names the field, repeats what was typed, shows a number as French writes it: " + refused);
            assertEquals("0,8.5", ratings.threshold("acknowledgedResponsiveFrom"), "what was typed is kept");
            assertEquals(List.of(), browser.messageBoxFaults(), "the message and its close button in the box");
            ratings.screenshot("ratings-fr-refused");

            ratings.typeThreshold("acknowledgedResponsiveFrom", acknowledged);
            ratings = ratings.saveThresholds();
            assertFalse(
                    ratings.messages().toString().contains("0,8.5"),
                    ratings.messages().toString());
            assertEquals(acknowledged, ratings.threshold("acknowledgedResponsiveFrom"), "read as French writes it");
            assertEquals(List.of(), browser.messageBoxFaults());

            ratings.switchLanguage("ar");
            ratings = RatingsPage.shown(browser);
            assertEquals(acknowledged.replace(',', '.'), ratings.threshold("acknowledgedResponsiveFrom"));
            ratings.typeThreshold("dnaResultResponsiveUpTo", "180,5");
            ratings = ratings.saveThresholds();
            String refusal = ratings.messages().toString();
            assertTrue(refusal.contains("«180,5»") && refusal.contains("ليس عددًا صحيحًا"), refusal);
            assertEquals("rtl", ratings.direction());
            assertEquals(List.of(), browser.messageBoxFaults(), "in Arabic too, the close button on the left");
            ratings.screenshot("ratings-ar-refused");
        }
    }

    @Test
    void aFocalPointSeesItsStatesBandAndTheCountsPerBandOnly() {
        for (String language : List.of("en", "fr")) {
            try (Browser browser = new Browser(language)) {
                browser.width(1280);
                SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
                PortalHomePage home = PortalHomePage.shown(browser);
                String band = home.stateFigure("rating");
                String counts = home.comparison("rating");
                String expected = ApiClient.as("focal.npl")
                        .get("/claims/api/ratings/bands")
                        .json()
                        .getString("band");
                if ("en".equals(language)) {
                    assertEquals(
                            Map.of(
                                            "RESPONSIVE",
                                            "Responsive",
                                            "NEEDS_ATTENTION",
                                            "Needs attention",
                                            "UNRESPONSIVE",
                                            "Unresponsive")
                                    .get(expected),
                            band);
                    assertTrue(counts.startsWith("Responsive: "), counts);
                    assertTrue(home.text().contains("Your State's rating"), home.text());
                } else {
                    assertEquals(
                            Map.of(
                                            "RESPONSIVE",
                                            "Réactif",
                                            "NEEDS_ATTENTION",
                                            "À surveiller",
                                            "UNRESPONSIVE",
                                            "Non réactif")
                                    .get(expected),
                            band);
                    assertTrue(home.text().contains("Note de votre État"), home.text());
                }
                String markup = home.stateFiguresMarkup();
                for (String other : List.of("ZAF", "South Africa", "BGD", "Bangladesh")) {
                    assertFalse(markup.contains(other), other + " named on Nepal's page");
                }
                assertFalse(
                        Pattern.compile("\\b(?!NPL)[A-Z]{3}\\b").matcher(counts).find(), counts);
                home.screenshot("portal-rating-" + language);
            }
        }
    }

    @Test
    void theCohortsPageShowsTheSharesResolvedByYearAndTheirCurvesInEnglishFrenchAndArabic() {
        ApiClient officer = ApiClient.as("vra.officer");
        String reference = officer.register("{\"receivedOn\":\"2019-02-01\",\"claimType\":\"PATERNITY\","
                + "\"mission\":\"MINUSTAH\",\"personnelCategory\":\"CIVILIAN\"}");
        officer.act(
                reference,
                "RECORD_ADMISSION",
                officer.version(reference),
                "{\"evidence\":\"Signed statement\",\"admittedOn\":\"2019-05-02\"}");
        try (Browser browser = new Browser()) {
            browser.width(1280);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            CohortsPage cohorts = CohortsPage.fromMenu(browser);
            assertEquals("Time to resolution by year received", cohorts.heading());
            assertEquals(
                    List.of(
                            "Group",
                            "Year received",
                            "Claims",
                            "Resolved",
                            "Within 1 year",
                            "Within 2 years",
                            "Within 5 years",
                            "Within 10 years",
                            "Median months to resolution"),
                    cohorts.columnTitles());
            assertEquals(List.of("Grouped by", "From year", "To year"), cohorts.choiceLabels());
            assertTrue(
                    cohorts.rows().stream().anyMatch(row -> row.get(1).equals("2019")),
                    cohorts.rows().toString());
            assertEquals("Share resolved by years since receipt (Kaplan-Meier)", cohorts.curveHeading());
            assertFalse(cohorts.curveRunsRightToLeft());
            List<String> axis = cohorts.curveValuesAxis();
            assertEquals("100", axis.get(0), "the axis runs to 100 per cent, not to 1: " + axis);
            assertTrue(axis.contains("0%") && axis.contains("100%"), axis.toString());
            assertTrue(axis.get(axis.size() - 1).endsWith("%"), "the tooltip in per cent: " + axis);
            assertTrue(browser.fitsWidth(), "the page fits 1,280 pixels");
            cohorts.screenshot("cohorts-en");
            CohortsPage byMission = CohortsPage.open(browser, "by=mission&from=2019&to=2019");
            assertTrue(
                    byMission.rows().stream().anyMatch(row -> row.get(0).equals("MINUSTAH")),
                    byMission.rows().toString());
        }
        try (Browser browser = new Browser("fr")) {
            browser.width(1280);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            CohortsPage cohorts = CohortsPage.fromMenu(browser);
            assertEquals("Délai de résolution par année de réception", cohorts.heading());
            assertEquals("Dans 1 an", cohorts.columnTitles().get(4));
            assertEquals("Part résolue selon les années depuis la réception (Kaplan-Meier)", cohorts.curveHeading());
            List<String> axis = cohorts.curveValuesAxis().stream()
                    .map(label -> label.replace('\u00a0', ' ').replace('\u202f', ' '))
                    .toList();
            assertTrue(axis.contains("100 %"), "per cent as French writes it: " + axis);
            cohorts.screenshot("cohorts-fr");
        }
        try (Browser browser = new Browser("ar")) {
            browser.width(1280);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            CohortsPage cohorts = CohortsPage.fromMenu(browser);
            assertEquals("النسبة المحسومة حسب السنوات منذ الاستلام (كابلان-ماير)", cohorts.curveHeading());
            assertTrue(cohorts.curveRunsRightToLeft(), "in Arabic the years run from the right");
            List<String> axis = cohorts.curveValuesAxis();
            assertEquals("100", axis.get(0), axis.toString());
            assertTrue(
                    axis.stream().anyMatch(label -> label.contains("100") && label.matches(".*[%٪].*")),
                    "per cent with the digits 0 to 9: " + axis);
            assertTrue(browser.fitsWidth(), "the page fits 1,280 pixels");
            cohorts.screenshot("cohorts-ar");
        }
    }

    private static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }
}
