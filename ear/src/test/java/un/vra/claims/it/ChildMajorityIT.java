package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import un.vra.claims.dev.LocalMailServer;
import un.vra.claims.it.pages.DashboardPage;
import un.vra.claims.it.pages.InboxPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.RegisterPage;
import un.vra.claims.it.pages.SignInPage;

/**
 * The child's majority over HTTP, a real SMTP server and Chromium: a child turning 18 within two years raises one
 * alert (mails without personal data, a timeline event, the claim's flag and sort, the State's inbox, the
 * dashboard's count, the VRA's inbox), and a closure for majority before the child is of age is refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildMajorityIT {

    /** Togo: a State no other test uses, so that its focal point's mails are this test's alone. */
    private static final String STATE = "TGO";

    private static final String FOCAL = "focal@tgo.example.org";
    private static final String VRA_OFFICE = "vra-office@claims.localhost";
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** Comes of age in a year and a month: within two years. */
    private static final LocalDate SOON = TODAY.minusYears(17).plusMonths(1);

    private static final ApiClient ADMIN = ApiClient.as("vra.admin");
    private static final ApiClient OFFICER = ApiClient.as("vra.officer");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** A notified claim of the State with a child born on {@code born} and a younger one known by year alone. */
    private static String notifiedWithChildren(String state, LocalDate born) {
        String reference = OFFICER.register("{\"receivedOn\":\"" + TODAY.minusDays(20)
                + "\",\"claimType\":\"PATERNITY_AND_CHILD_SUPPORT\",\"mission\":\"MINUSCA\","
                + "\"personnelCategory\":\"MILITARY_CONTINGENT\",\"memberState\":\"" + state + "\","
                + "\"children\":[{\"name\":\"Kossi Secretnom\",\"birthYear\":" + born.getYear()
                + ",\"birthDate\":\"" + born + "\",\"sex\":\"MALE\"},"
                + "{\"birthYear\":" + (TODAY.getYear() - 5) + ",\"sex\":\"FEMALE\"}]}");
        return ApiClient.notifiedByAdmin(reference);
    }

    private static void runJobForToday() throws Exception {
        TestDatabase.reminderJobLastDone(TODAY.minusDays(1));
        ApiClient.runReminderJob();
    }

    private static Map<String, MimeMessage> received(String reference) throws Exception {
        Map<String, MimeMessage> byRecipient = new TreeMap<>();
        for (MimeMessage message : LocalMailServer.running().received()) {
            if (message.getSubject().contains(reference)) {
                String to = message.getRecipients(Message.RecipientType.TO)[0].toString();
                assertFalse(byRecipient.containsKey(to), "one mail to " + to + " about " + reference);
                byRecipient.put(to, message);
            }
        }
        return byRecipient;
    }

    private static void designateTogosFocalPoint() {
        ApiClient.Reply designated = ADMIN.post(
                "/claims/api/focal-points",
                "{\"username\":\"tgo.focal\",\"memberState\":\"" + STATE
                        + "\",\"deputy\":false,\"initialPassword\":\"correct horse battery staple\"}");
        assertEquals(201, designated.status(), designated.response().body());
        ApiClient.Reply mail = ADMIN.send(
                "PUT",
                "/claims/api/focal-points/tgo.focal/mail",
                "{\"email\":\"" + FOCAL + "\",\"language\":\"fr\"}",
                "application/json",
                null);
        assertEquals(200, mail.status(), mail.response().body());
    }

    @Test
    void aChildTurning18WithinTwoYearsRaisesOneAlertAndAnEarlyMajorityClosureIsRefused() throws Exception {
        designateTogosFocalPoint();
        String reference = notifiedWithChildren(STATE, SOON);
        String later = notifiedWithChildren(STATE, TODAY.minusYears(10));

        runJobForToday();

        Map<String, MimeMessage> mails = received(reference);
        assertEquals(java.util.List.of(FOCAL, VRA_OFFICE), java.util.List.copyOf(mails.keySet()));
        String month = YearMonth.from(SOON.plusYears(18)).toString();
        MimeMessage french = mails.get(FOCAL);
        String frenchText = french.getSubject() + "\n" + french.getContent();
        assertTrue(
                french.getSubject().startsWith("Majorité de l'enfant proche\u00a0: demande " + reference), frenchText);
        assertTrue(frenchText.contains("l'enfant 1"), frenchText);
        MimeMessage english = mails.get(VRA_OFFICE);
        String englishText = english.getSubject() + "\n" + english.getContent();
        assertTrue(englishText.contains("child 1 comes of age in "), englishText);
        for (String text : new String[] {frenchText, englishText}) {
            assertFalse(text.contains("Secretnom") || text.contains(SOON.toString()), "no personal data: " + text);
        }
        assertTrue(received(later).isEmpty(), "a child of age in eight years raises nothing yet");

        int before = LocalMailServer.running().received().size();
        runJobForToday();
        assertEquals(before, LocalMailServer.running().received().size(), "the same day again sends nothing");

        String timeline = ADMIN.get("/claims/api/claims/" + reference + "/timeline")
                .json()
                .toString();
        assertEquals(1, timeline.split("MAJORITY_ALERT", -1).length - 1, timeline);
        assertTrue(timeline.contains(month), "the majority month on the timeline");
        String statesView = ADMIN.get("/claims/api/claims/" + reference + "/timeline?view=MEMBER_STATE")
                .json()
                .toString();
        assertTrue(statesView.contains("MAJORITY_ALERT"), "the State sees the alert");

        JsonObject first = ADMIN.get("/claims/api/claims?memberState=" + STATE + "&sort=majority")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(reference, first.getString("reference"), "the nearest majority first");
        assertTrue(first.getBoolean("majorityApproaching"));
        JsonObject second = ADMIN.get("/claims/api/claims?memberState=" + STATE + "&sort=majority")
                .json()
                .getJsonArray("items")
                .getJsonObject(1);
        assertFalse(second.getBoolean("majorityApproaching"));

        ApiClient.Reply early =
                ADMIN.act(reference, "CLOSE", ADMIN.version(reference), "{\"reason\":\"CHILD_REACHED_MAJORITY\"}");
        assertEquals(409, early.status(), early.response().body());
        assertEquals("CHILD_NOT_OF_AGE", early.json().getString("code"));
        assertTrue(
                early.json().getString("message").contains("child 1 comes of age only on " + SOON.plusYears(18)),
                early.json().getString("message"));

        String laterForTheState = ADMIN.get("/claims/api/claims/" + later + "?view=MEMBER_STATE")
                .json()
                .toString();
        assertFalse(laterForTheState.contains(TODAY.minusYears(10).toString()), "the State never sees a birth date");

        JsonObject togo = ApiClient.as("taskforce")
                .get("/claims/api/metrics/coming-majorities")
                .jsonArray()
                .getValuesAs(JsonObject.class)
                .stream()
                .filter(row -> row.getString("memberState").equals(STATE))
                .findFirst()
                .orElseThrow();
        assertEquals(1, togo.getInt("children"), "one child of Togo's open claims comes of age within 24 months");
    }

    private static String alertText(boolean english) {
        return english ? "comes of age in the month starting" : "sera majeur dans le mois";
    }

    @Test
    void theFlagTheDashboardAndTheInboxShowTheComingMajorityInEnglishAndFrench() throws Exception {
        String reference = notifiedWithChildren("NPL", SOON);
        runJobForToday();
        for (String language : new String[] {"en", "fr"}) {
            boolean english = language.equals("en");
            try (Browser browser = new Browser(language)) {
                SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
                RegisterPage register = RegisterPage.shown(browser);
                register.searchFor(reference).applyFiltersExpecting(english ? "Claims: 1" : "Demandes : 1");
                browser.waitForExactText(By.cssSelector(".majority-flag"), english ? "Approaching" : "Proche");
                register.waitForText(english ? "Majority approaching only" : "Majorité proche seulement");
                assertTrue(browser.fitsWidth(), "the register fits 1280 px");
                register.screenshot("register-majority-" + language);

                browser.open("/claims/dashboard.xhtml");
                DashboardPage dashboard = DashboardPage.shown(browser);
                String title = english
                        ? "Children coming of age in the next 24 months"
                        : "Enfants majeurs dans les 24 prochains mois";
                dashboard.waitForText(title);
                assertTrue(
                        Integer.parseInt(dashboard.figure("coming-majorities").replaceAll("\\D", "")) >= 1);
                assertTrue(dashboard.text().contains("NPL"), "the table by State");
                assertFalse(dashboard.shows("???"));
                dashboard.screenshot("dashboard-majorities-" + language);

                InboxPage vraInbox = InboxPage.fromMenu(browser);
                assertTrue(vraInbox.message(reference).contains(alertText(english)), vraInbox.message(reference));
                vraInbox.screenshot("vra-inbox-majority-" + language);
            }
            try (Browser browser = new Browser(language)) {
                SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
                InboxPage inbox = InboxPage.fromMenu(browser);
                String message = inbox.message(reference);
                assertTrue(message.contains(alertText(english)), message);
                inbox.screenshot("inbox-majority-" + language);
            }
        }
    }
}
