package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.SignInPage;
import un.vra.claims.it.pages.StateLawPage;

/**
 * The registry of national law in a browser: an administrator changes a State's entry on its page and the history
 * shows the change; an officer reads it without a form; a focal point reads its own State's in the portal; the
 * dialog that notifies a State shows its entry. In English, French and Arabic; screenshots at 1280 px go to
 * {@code target/screenshots/state-law-*.png}, {@code portal-law-*.png} and {@code notify-law-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StateLawBrowserIT {

    private static final int SCREEN_WIDTH = 1280;
    private static final String NEPAL_ENTRY = "{\"dnaEvidence\":\"WITH_COURT_ORDER\","
            + "\"paternityProcedure\":\"A family court establishes paternity on the mother's application.\","
            + "\"supportOrderEnforcement\":\"BY_TREATY\",\"legalAidContacts\":\"National Legal Aid Board\","
            + "\"noteVerbaleLanguages\":[\"en\",\"fr\"],\"missionAddress\":\"820 Second Avenue, New York\"}";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Nepal's entry as the notification dialog and the portal expect it, whatever other tests left. */
    private static void recordNepal() {
        ApiClient admin = ApiClient.as("vra.admin");
        long version = admin.get("/claims/api/member-states/NPL/law")
                .json()
                .getJsonNumber("version")
                .longValue();
        ApiClient.Reply saved = admin.send(
                "PUT", "/claims/api/member-states/NPL/law", NEPAL_ENTRY, "application/json", String.valueOf(version));
        assertEquals(200, saved.status(), saved.response().body());
    }

    @Test
    void anAdministratorChangesAStatesEntryOnItsPageAndTheHistoryShowsWhoAndWhen() {
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            StateLawPage page = StateLawPage.chooseFromMenu(browser, "Sri Lanka (LKA)");
            assertEquals("Registry of national law — Sri Lanka", page.heading());
            for (String label : List.of(
                    "DNA evidence admissible",
                    "Enforcement of foreign support orders",
                    "Languages for notes verbales",
                    "Permanent Mission's address",
                    "Permanent Mission's e-mail",
                    "Paternity procedure",
                    "Legal-aid contacts",
                    "Change the entry",
                    "History of changes")) {
                assertTrue(page.shows(label), label);
            }
            page.save(
                    "Admissible with a court order",
                    "Enforceable under a treaty",
                    List.of("English", "French"),
                    "The District Court hears paternity cases.",
                    "3 Embassy Row, New York");
            page.waitForText("The entry is saved.");
            assertEquals("Admissible with a court order", page.value("dna"));
            assertEquals("Enforceable under a treaty", page.value("enforcement"));
            assertEquals("English, French", page.value("languages"));
            assertEquals("3 Embassy Row, New York", page.value("mission-address"));
            assertTrue(page.value("changed").contains("vra.admin"), page.value("changed"));
            assertEquals(
                    List.of(
                            "Version",
                            "Changed on",
                            "Changed by",
                            "DNA evidence admissible",
                            "Enforcement of foreign support orders",
                            "Languages for notes verbales",
                            "Permanent Mission's address"),
                    page.historyTitles());
            List<String> latest = page.history().get(0);
            assertEquals("vra.admin", latest.get(2));
            assertTrue(latest.get(1).endsWith("UTC"), latest.toString());
            assertEquals("Admissible with a court order", latest.get(3));
            assertFalse(page.text().contains("WITH_COURT_ORDER"), "no raw constant on the page");
            assertTrue(browser.fitsWidth(), "the page fits 1280 px");
            browser.screenshot("state-law-en");
        }
    }

    @Test
    void anAdministratorWhoseEntrySomeoneElseChangedIsToldOfTheEntryNotOfAClaim() {
        recordNepal();
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            StateLawPage page = StateLawPage.open(browser, "claims/state-law.xhtml?memberState=NPL");
            recordNepal();
            page.save(
                    "Admissible with a court order",
                    "Enforceable under a treaty",
                    List.of("English"),
                    "Changed on a page read before.",
                    "820 Second Avenue, New York");
            page.waitForText("Someone else changed this State's entry of national law meanwhile.");
            assertFalse(page.shows("this claim"), page.text());
            browser.screenshot("state-law-conflict-en");
        }
    }

    @Test
    void anOfficerReadsAnEntryWithoutAFormInFrenchAndArabic() {
        recordNepal();
        try (Browser french = new Browser("fr")) {
            french.width(SCREEN_WIDTH);
            SignInPage.signIn(french, Page.BACK_OFFICE, "vra.officer");
            StateLawPage page = StateLawPage.open(french, "claims/state-law.xhtml?memberState=NPL");
            assertEquals("Registre du droit national — Népal", page.heading());
            assertFalse(page.offersTheForm(), "only administrators change an entry");
            assertEquals("Recevable sur décision de justice", page.value("dna"));
            assertEquals("Exécutoires en vertu d'un traité", page.value("enforcement"));
            assertTrue(page.shows("Historique des modifications"));
            assertTrue(page.shows("Adresse de la mission permanente"));
            french.screenshot("state-law-fr");
        }
        try (Browser arabic = new Browser("ar")) {
            arabic.width(SCREEN_WIDTH);
            SignInPage.signIn(arabic, Page.BACK_OFFICE, "vra.officer");
            StateLawPage page = StateLawPage.open(arabic, "claims/state-law.xhtml?memberState=NPL");
            assertEquals("سجل القوانين الوطنية — نيبال", page.heading());
            assertEquals("مقبولة بأمر من المحكمة", page.value("dna"));
            assertTrue(page.shows("لغات المذكرات الشفوية"));
            assertTrue(page.value("languages").contains("الفرنسية"), page.value("languages"));
            arabic.screenshot("state-law-ar");
        }
    }

    @Test
    void aFocalPointReadsItsOwnStatesEntryInThePortal() {
        recordNepal();
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            StateLawPage page = StateLawPage.openFromPortalMenu(browser);
            assertEquals("Your State's national law", page.heading());
            assertTrue(page.shows("Nepal (NPL)"));
            assertEquals("Admissible with a court order", page.value("dna"));
            assertEquals("820 Second Avenue, New York", page.value("mission-address"));
            assertEquals("A family court establishes paternity on the mother's application.", page.value("procedure"));
            assertTrue(page.value("changed").contains("UN"), page.value("changed"));
            assertFalse(page.text().contains("vra.admin"), "the State sees the UN, never a staff member's name");
            assertFalse(page.offersTheForm());
            browser.screenshot("portal-law-en");
        }
        try (Browser arabic = new Browser("ar")) {
            arabic.width(SCREEN_WIDTH);
            SignInPage.signIn(arabic, Page.PORTAL, "focal.npl");
            StateLawPage page = StateLawPage.openFromPortalMenu(arabic);
            assertEquals("القانون الوطني لدولتكم", page.heading());
            assertEquals("قابلة للتنفيذ بموجب معاهدة", page.value("enforcement"));
            assertTrue(page.shows("لغات المذكرات الشفوية"));
            assertEquals("الإنكليزية\u060c الفرنسية", page.value("languages"), "joined with the Arabic comma");
            // Typed in English, the procedure ends with its full stop on the right; the Arabic hint ends on the left.
            assertEquals("right", arabic.sideOfLastCharacter(By.cssSelector("#law-procedure bdi")));
            assertEquals("left", arabic.sideOfLastCharacter(By.id("law-hint")));
            assertTrue(arabic.isWhole(), "the page lies whole in the window: " + arabic.outsideTheWindow());
            arabic.screenshot("portal-law-ar");
        }
    }

    @Test
    void theDialogThatNotifiesAStateShowsItsEntry() {
        recordNepal();
        String reference = ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM);
        for (String language : List.of("en", "ar")) {
            try (Browser browser = new Browser(language)) {
                browser.width(SCREEN_WIDTH);
                SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
                ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, reference);
                file.action("NOTIFY_MEMBER_STATE");
                browser.waitFor(By.id("action-form:notify-law"));
                String shown = browser.text(By.id("action-form:notify-law"));
                if (language.equals("en")) {
                    assertTrue(shown.contains("The State's national law"), shown);
                    assertTrue(shown.contains("DNA evidence admissible"), shown);
                    assertEquals("Admissible with a court order", browser.text(By.id("law-dna")));
                    assertEquals("Enforceable under a treaty", browser.text(By.id("law-enforcement")));
                    assertEquals("English, French", browser.text(By.id("law-languages")));
                    assertEquals("820 Second Avenue, New York", browser.text(By.id("law-mission-address")));
                } else {
                    assertTrue(shown.contains("القانون الوطني للدولة"), shown);
                    assertEquals("مقبولة بأمر من المحكمة", browser.text(By.id("law-dna")));
                }
                browser.screenshot("notify-law-" + language);
            }
        }
    }
}
