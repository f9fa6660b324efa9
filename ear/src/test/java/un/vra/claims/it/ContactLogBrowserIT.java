package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.ContactsPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.SignInPage;

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

    @Test
    void anOfficerRecordsConsentsAndContactsAndAWithdrawnConsentRefusesTheNextContact() {
        String ref = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ContactsPage contacts =
                    ClaimFilePage.open(browser, Page.BACK_OFFICE, ref).openContactLog();
            assertEquals("Contacts and consents " + ref, contacts.heading());
            assertTrue(contacts.unOnlyNotice().startsWith("UN only: no Member State ever sees"));
            assertEquals("Not asked", contacts.consent("BE_CONTACTED"));
            assertTrue(contacts.shows("No contact recorded yet."));

            contacts.recordConsent("To be contacted", "Given", "2024-03-05");
            contacts.waitForText("Consent recorded.");
            contacts.waitForConsent("BE_CONTACTED", "Given — since 2024-03-05");
            contacts.recordContact("2024-04-01", "Through an intermediary", "Message left", "Left word at the clinic");
            contacts.waitForText("Contact recorded.");
            contacts.recordContact("2024-04-03", "Phone", "Reached", "Agreed to meet the field officer");
            contacts.waitForText("Contact recorded.");
            assertEquals(
                    List.of("Day", "Channel", "Outcome", "Note", "Made by", "Recorded at"),
                    contacts.contactColumnTitles());
            List<List<String>> rows = contacts.contacts();
            assertEquals(
                    List.of("2024-04-03", "Phone", "Reached", "Agreed to meet the field officer", "vra.officer"),
                    rows.get(0).subList(0, 5));
            assertEquals("Through an intermediary", rows.get(1).get(1));
            contacts.screenshot("contacts-en");

            contacts.recordConsent("To be contacted", "Withdrawn", today);
            contacts.waitForConsent("BE_CONTACTED", "Withdrawn — since " + today);
            contacts.recordContact(today, "Email", "Not reached", "Tried once more");
            contacts.waitForText("The claimant withdrew her consent to be contacted on " + today
                    + ": nothing that needs it can be recorded from that day on.");
            assertEquals("Tried once more", contacts.noteTyped(), "what was typed stays");
            assertEquals(2, contacts.contacts().size());
            assertEquals(
                    List.of("Day", "Consent", "Decision", "Note", "Recorded by", "Recorded at"),
                    contacts.consentColumnTitles());
            contacts.screenshot("contacts-refused-en");
        }
        try (Browser french = new Browser("fr")) {
            french.width(SCREEN_WIDTH);
            SignInPage.signIn(french, Page.BACK_OFFICE, "vra.officer");
            ContactsPage contacts =
                    ClaimFilePage.open(french, Page.BACK_OFFICE, ref).openContactLog();
            assertEquals("Contacts et consentements " + ref, contacts.heading());
            assertEquals("Retiré — depuis le " + today, contacts.consent("BE_CONTACTED"));
            assertEquals("Non demandé", contacts.consent("NOTIFY_MEMBER_STATE"));
            String page = contacts.text();
            for (String label : List.of(
                    "Consentements actuels",
                    "Contacts avec la plaignante",
                    "Enregistrer un contact",
                    "Consentements donnés et retirés",
                    "Enregistrer un consentement",
                    "Être contactée")) {
                assertTrue(page.contains(label), label);
            }
            assertEquals(
                    List.of("Jour", "Moyen", "Résultat", "Note", "Fait par", "Enregistré le"),
                    contacts.contactColumnTitles());
            assertEquals("Par un intermédiaire", contacts.contacts().get(1).get(1));
            contacts.screenshot("contacts-fr");
            contacts.recordContact(today, "Courriel", "Non jointe", "Essai");
            contacts.waitForText("La plaignante a retiré son consentement à être contactée le " + today);
            contacts.screenshot("contacts-refused-fr");
        }
    }

    @Test
    void aClaimTheReaderCannotSeeShowsNoLogAtAll() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ContactsPage contacts = ContactsPage.attemptToOpen(browser, "PC-1999-0001");
            contacts.waitForText("There is no such claim, or it is not yours to see.");
            assertFalse(contacts.offersToRecordAContact());
            assertFalse(contacts.showsCurrentConsents());
        }
    }
}
