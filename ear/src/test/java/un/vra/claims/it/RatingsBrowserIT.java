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
            List<String> states = ratings.rows().stream().map(row -> row.get(0)).toList();
            assertEquals(states.stream().sorted().toList(), states, "sorted on the State by the database");
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
            ratings.screenshot("ratings-fr");
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

    private static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }
}
