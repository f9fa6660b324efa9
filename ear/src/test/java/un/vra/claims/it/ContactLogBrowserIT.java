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
import org.openqa.selenium.By;

/**
 * The contacts and consents page of the back office, reached from the claim file: an officer records a consent
 * and contacts, a withdrawn consent refuses the next contact with its day, and the page reads the same in French.
 * Screenshots at 1280 px go to {@code target/screenshots/contacts-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactLogBrowserIT {

    private static final int SCREEN_WIDTH = 1280;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static void recordConsent(Browser browser, String kind, String decision, String day) {
        browser.select(By.id("add-consent:kind"), kind);
        browser.select(By.id("add-consent:decision"), decision);
        browser.setValue(By.id("add-consent:on"), day);
        browser.click(By.id("add-consent:add"));
    }

    private static void recordContact(Browser browser, String day, String channel, String outcome, String note) {
        browser.setValue(By.id("add-contact:on"), day);
        browser.select(By.id("add-contact:channel"), channel);
        browser.select(By.id("add-contact:outcome"), outcome);
        browser.type(By.id("add-contact:note"), note);
        browser.click(By.id("add-contact:add"));
    }

    @Test
    void anOfficerRecordsConsentsAndContactsAndAWithdrawnConsentRefusesTheNextContact() {
        String ref = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            browser.signIn("claims", "vra.officer");
            browser.open("/claims/claim.xhtml?reference=" + ref);
            browser.click(By.id("contacts-link"));
            assertEquals("Contacts and consents " + ref, browser.title());
            assertTrue(browser.text(By.id("un-only")).startsWith("UN only: no Member State ever sees"));
            assertEquals("Not asked", browser.text(By.cssSelector(".consent-BE_CONTACTED")));
            assertTrue(browser.pageText().contains("No contact recorded yet."));

            recordConsent(browser, "To be contacted", "Given", "2024-03-05");
            browser.waitForText("Consent recorded.");
            browser.waitForExactText(By.cssSelector(".consent-BE_CONTACTED"), "Given — since 2024-03-05");
            recordContact(browser, "2024-04-01", "Through an intermediary", "Message left", "Left word at the clinic");
            browser.waitForText("Contact recorded.");
            recordContact(browser, "2024-04-03", "Phone", "Reached", "Agreed to meet the field officer");
            browser.waitForText("Contact recorded.");
            assertEquals(List.of("Day", "Channel", "Outcome", "Note", "Made by", "Recorded at"),
                    browser.columnTitles(By.id("contacts:list")));
            List<List<String>> rows = browser.rows(By.id("contacts:list"));
            assertEquals(List.of("2024-04-03", "Phone", "Reached", "Agreed to meet the field officer", "vra.officer"),
                    rows.get(0).subList(0, 5));
            assertEquals("Through an intermediary", rows.get(1).get(1));
            browser.screenshot("contacts-en");

            recordConsent(browser, "To be contacted", "Withdrawn", today);
            browser.waitForExactText(By.cssSelector(".consent-BE_CONTACTED"), "Withdrawn — since " + today);
            recordContact(browser, today, "Email", "Not reached", "Tried once more");
            browser.waitForText("The claimant withdrew her consent to be contacted on " + today
                    + ": nothing that needs it can be recorded from that day on.");
            assertEquals("Tried once more", browser.waitFor(By.id("add-contact:note")).getAttribute("value"),
                    "what was typed stays");
            assertEquals(2, browser.rows(By.id("contacts:list")).size());
            assertEquals(List.of("Day", "Consent", "Decision", "Note", "Recorded by", "Recorded at"),
                    browser.columnTitles(By.id("consents:list")));
            browser.screenshot("contacts-refused-en");
        }
        try (Browser french = new Browser("fr")) {
            french.width(SCREEN_WIDTH);
            french.signIn("claims", "vra.officer");
            french.open("/claims/claim.xhtml?reference=" + ref);
            french.click(By.id("contacts-link"));
            assertEquals("Contacts et consentements " + ref, french.title());
            assertEquals("Retiré — depuis le " + today, french.text(By.cssSelector(".consent-BE_CONTACTED")));
            assertEquals("Non demandé", french.text(By.cssSelector(".consent-NOTIFY_MEMBER_STATE")));
            String page = french.pageText();
            for (String label : List.of("Consentements actuels", "Contacts avec la plaignante", "Enregistrer un contact",
                    "Consentements donnés et retirés", "Enregistrer un consentement", "Être contactée")) {
                assertTrue(page.contains(label), label);
            }
            assertEquals(List.of("Jour", "Moyen", "Résultat", "Note", "Fait par", "Enregistré le"),
                    french.columnTitles(By.id("contacts:list")));
            assertEquals("Par un intermédiaire", french.rows(By.id("contacts:list")).get(1).get(1));
            french.screenshot("contacts-fr");
            recordContact(french, today, "Courriel", "Non jointe", "Essai");
            french.waitForText("La plaignante a retiré son consentement à être contactée le " + today);
            french.screenshot("contacts-refused-fr");
        }
    }

    @Test
    void aClaimTheReaderCannotSeeShowsNoLogAtAll() {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.open("/claims/contacts.xhtml?reference=PC-1999-0001");
            browser.waitForText("There is no such claim, or it is not yours to see.");
            assertTrue(browser.findAll(By.id("add-contact:add")).isEmpty());
            assertTrue(browser.findAll(By.id("current-consents")).isEmpty());
        }
    }
}
