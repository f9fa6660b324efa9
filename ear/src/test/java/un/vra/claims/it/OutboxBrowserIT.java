package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.it.pages.MailAddressesPage;
import un.vra.claims.it.pages.MailSettingsPage;
import un.vra.claims.it.pages.OutboxPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.SignInPage;

/**
 * The mail pages: the administrators' outbox, in English and French, with a mail the reminder job sent; one's own
 * mail settings; and the administrators' page of the Permanent Missions' and focal points' addresses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboxBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /**
     * Runs the reminder job for today: run once before the claim is registered, so that every other claim's mails
     * are older, and the claim's own reminder is the newest mail, on the first page.
     */
    private static void lastDayDoneYesterdayThenRun(LocalDate today) throws Exception {
        TestDatabase.reminderJobLastDone(today.minusDays(1));
        ApiClient.runReminderJob();
    }

    @Test
    void theAdministratorSeesTheMailsSentWithTheServersAnswer() throws Exception {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        lastDayDoneYesterdayThenRun(today);
        String reference = ApiClient.as("vra.officer")
                .register("{\"receivedOn\":\"" + today.minusDays(45)
                        + "\",\"claimType\":\"PATERNITY\",\"mission\":\"UNMISS\","
                        + "\"personnelCategory\":\"FORMED_POLICE_UNIT\",\"memberState\":\"GHA\"}");
        lastDayDoneYesterdayThenRun(today);
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            OutboxPage outbox = OutboxPage.fromMenu(browser);
            outbox.showStatus("Sent");
            outbox.waitForText(reference);
            assertTrue(outbox.shows("Reminder: claim " + reference), outbox.text());
            assertTrue(outbox.shows("vra-office@claims.localhost"));
            assertTrue(
                    outbox.text().matches("(?s).*\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} UTC.*"),
                    "times to the minute, in UTC");
            outbox.screenshot("outbox-en");
        }
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            OutboxPage outbox = OutboxPage.fromMenu(browser);
            outbox.waitForText("Courriels envoyés");
            assertTrue(outbox.shows("Réponse du serveur"));
            assertTrue(!outbox.shows("???"), "every kind and status has its name");
            outbox.screenshot("outbox-fr");
        }
    }

    @Test
    void aFocalPointChoosesItsLanguageAndAWeeklyDigestOnItsOwnMailPage() {
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.zaf");
            MailSettingsPage mail = MailSettingsPage.fromMenu(browser);
            mail.choose("paternity@zaf.example.org", "Français");
            mail.waitForText("Vos réglages de courriel ont été enregistrés.");
            mail.screenshot("mail-settings-fr");
        }
        ApiClient focal = ApiClient.as("focal.zaf");
        jakarta.json.JsonObject settings = focal.get("/claims/api/account/mail").json();
        assertEquals("paternity@zaf.example.org", settings.getString("email"));
        assertEquals("fr", settings.getString("language"));
        assertTrue(settings.getBoolean("weeklyDigest"));
        focal.send(
                "PUT",
                "/claims/api/account/mail",
                "{\"email\":\"focal.zaf@demo.claims.localhost\",\"language\":\"en\",\"weeklyDigest\":false}",
                "application/json",
                null);
    }

    @Test
    void anAdministratorGivesAPermanentMissionItsAddressAndLanguageOnTheMailAddressesPage() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            MailAddressesPage addresses = MailAddressesPage.fromMenu(browser);
            assertEquals("Mail addresses", addresses.heading());
            for (String label : List.of("Permanent Missions", "Mission's address", "Focal points and deputies")) {
                assertTrue(addresses.shows(label), label);
            }
            assertTrue(addresses.shows("Afghanistan (AFG)"), "the States by name, one page of them");
            addresses.search("malawi");
            addresses.waitForText("Malawi (MWI)");
            addresses.editFirstMission("mission@mwi.example.org", "French");
            addresses.waitForText("The Permanent Mission's contact was saved.");
            addresses.waitForText("mission@mwi.example.org");
            assertTrue(!addresses.shows("Afghanistan"), "the filter holds after saving");
            addresses.screenshot("mail-addresses-en");
        }
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            MailAddressesPage addresses = MailAddressesPage.fromMenu(browser);
            assertEquals("Adresses de courriel", addresses.heading());
            for (String label :
                    List.of("Missions permanentes", "Adresse de la mission", "Points focaux et suppléants")) {
                assertTrue(addresses.shows(label), label);
            }
            addresses.search("MWI");
            addresses.waitForText("mission@mwi.example.org");
            assertTrue(addresses.shows("Français"), "the mission's language by its name");
            assertTrue(!addresses.shows("???"), "every label has its text");
            addresses.screenshot("mail-addresses-fr");
        }
    }
}
