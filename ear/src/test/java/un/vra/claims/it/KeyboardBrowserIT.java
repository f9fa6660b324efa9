package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Every dialog and action of both modules done from the keyboard alone (TAB, SHIFT+TAB, ENTER, SPACE, ESCAPE; no
 * click, no script), and the focus back where it was afterwards: the claim file's action dialog in the back office
 * and the portal, the confirmations of the administration pages (the API tokens page's is the same global
 * confirmation, behind a second factor), and the language switcher. The focus is always shown (an outline or a
 * ring), and axe-core finds nothing serious in the open dialog. Screenshots of the open dialog in English and
 * Arabic go to {@code target/screenshots/keyboard-dialog-*.png} and {@code keyboard-confirm-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyboardBrowserIT {

    private static final By DIALOG = By.id("action-dialog");
    private static final By DIALOG_TITLE = By.id("action-dialog_title");
    private static final By CONFIRMATION = By.cssSelector(".ui-confirm-dialog");
    private static final By CONFIRMATION_NO = By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no");
    private static final By MESSAGES = By.id("messages");

    /** The texts the keyboard journeys read, by language. */
    private static final Map<String, Map<String, String>> TEXTS = Map.of(
            "en",
            Map.of(
                    "comment", "Add a comment",
                    "text", "Text",
                    "record", "Record",
                    "done", "Recorded.",
                    "confirmDeactivate", "Deactivate this focal point? Their access ends at once.",
                    "confirm", "Please confirm",
                    "no", "No"),
            "ar",
            Map.of(
                    "comment", "إضافة تعليق",
                    "text", "النص",
                    "record", "تسجيل",
                    "done", "تم التسجيل.",
                    "confirmDeactivate", "هل تريد إلغاء تنشيط جهة التنسيق هذه؟ ينتهي وصولها فورا.",
                    "confirm", "تأكيد",
                    "no", "لا"));

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String notifiedClaim() {
        return ApiClient.as("vra.officer").notified(ClaimLifecycleIT.FULL_CLAIM, "NV-K");
    }

    /** Signs in with the keyboard alone: TAB to the user name, type, TAB to the password, type, ENTER. */
    private static void signIn(Browser browser, String module, String username, String language) {
        browser.open("/" + module + "/sign-in.xhtml?lang=" + language);
        browser.tabTo(By.id("sign-in:username"));
        browser.press(username);
        browser.press(Keys.TAB);
        assertTrue(browser.hasFocus(By.id("sign-in:password")), "TAB leads from the user name to the password");
        browser.press(Browser.DEMO_PASSWORD, Keys.ENTER);
        browser.waitForUrlWithout("sign-in");
    }

    /** TAB and SHIFT+TAB go round inside an open modal dialog and never reach the page behind it. */
    private static void assertTheFocusStaysIn(Browser browser, By dialog) {
        for (int pressed = 0; pressed < 12; pressed++) {
            browser.press(Keys.TAB);
            assertTrue(browser.focusIsWithin(dialog), "TAB left the dialog for " + browser.focusedElement());
        }
        for (int pressed = 0; pressed < 12; pressed++) {
            browser.pressBackTab();
            assertTrue(browser.focusIsWithin(dialog), "SHIFT+TAB left the dialog for " + browser.focusedElement());
        }
    }

    /**
     * With the focus on an action's button: opens its dialog with a key (ENTER or SPACE), TABs to a field, types in it,
     * TABs to the dialog's button and records with ENTER, the focus shown at each stop.
     */
    private static void recordByKeyboard(Browser browser, Keys opening, String field, String text) {
        browser.press(opening);
        browser.waitFor(DIALOG_TITLE);
        browser.tabTo(By.cssSelector("#action-form .field-" + field));
        assertTrue(browser.focusIsVisible(), "the focused field shows it: " + browser.focusedElement());
        browser.press(text);
        browser.tabTo(By.id("action-form:submit"));
        assertTrue(browser.focusIsVisible(), "the focused button shows it: " + browser.focusedElement());
        browser.press(Keys.ENTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void anOfficerCommentsOnAClaimFromTheKeyboardAndTheFocusReturnsToTheButton(String language) {
        Map<String, String> texts = TEXTS.get(language);
        String reference = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        By opener = By.cssSelector("#actions .action-ADD_COMMENT");
        try (Browser browser = new Browser(language)) {
            browser.width(1280);
            signIn(browser, "claims", "vra.officer", language);
            browser.open("/claims/claim.xhtml?reference=" + reference);
            browser.tabTo(opener);
            assertTrue(browser.focusIsVisible(), "the focused button shows it: " + browser.focusedElement());

            browser.press(Keys.ENTER);
            browser.waitFor(DIALOG_TITLE);
            browser.waitUntilTrue("return document.getElementById('action-dialog').contains(document.activeElement);");
            assertEquals(texts.get("comment"), browser.text(DIALOG_TITLE));
            assertTrue(browser.text(DIALOG).contains(texts.get("text")), browser.text(DIALOG));
            assertTrue(browser.text(DIALOG).contains(texts.get("record")), browser.text(DIALOG));
            assertTheFocusStaysIn(browser, DIALOG);
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), "the open dialog: " + String.join("\n", violations));
            browser.screenshot("keyboard-dialog-" + language);
            browser.press(Keys.ESCAPE);
            browser.waitUntilGone(DIALOG);
            browser.waitForFocus(opener);

            recordByKeyboard(browser, Keys.SPACE, "text", "Typed without a mouse");
            browser.waitForText(texts.get("done"));
            browser.waitForFocus(opener);
            assertTrue(browser.pageText().contains("Typed without a mouse"), "the comment is on the timeline");
        }
    }

    @Test
    void aFocalPointAcknowledgesItsClaimFromTheKeyboardAndTheFocusGoesToWhatHappened() {
        String reference = notifiedClaim();
        By opener = By.cssSelector("#actions .action-ACKNOWLEDGE");
        try (Browser browser = new Browser()) {
            signIn(browser, "portal", "focal.npl", "en");
            browser.open("/portal/claim.xhtml?reference=" + reference);
            browser.tabTo(opener);
            browser.press(Keys.ENTER);
            browser.waitFor(DIALOG_TITLE);
            assertEquals("Acknowledge", browser.text(DIALOG_TITLE));
            assertTheFocusStaysIn(browser, DIALOG);
            browser.press(Keys.ESCAPE);
            browser.waitUntilGone(DIALOG);
            browser.waitForFocus(opener);

            recordByKeyboard(browser, Keys.ENTER, "note", "Received by the Permanent Mission");
            browser.waitForExactText(By.id("status"), "Acknowledged");
            // The button that opened the dialog is gone with the step done: the focus is on the message that says so.
            browser.waitForFocus(MESSAGES);
            assertTrue(browser.text(MESSAGES).contains("Recorded."), browser.text(MESSAGES));
            assertTrue(browser.focusIsVisible(), "the focused message shows it");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void theLanguageSwitcherWorksFromTheKeyboardAndKeepsTheFocus(String language) {
        String other = language.equals("en") ? "fr" : "zh";
        try (Browser browser = new Browser(language)) {
            signIn(browser, "claims", "vra.officer", language);
            browser.tabTo(By.id("lang-" + other));
            assertTrue(browser.focusIsVisible(), "the focused language shows it: " + browser.focusedElement());
            browser.press(Keys.ENTER);
            browser.waitFor(By.cssSelector("html[lang='" + other + "']"));
            browser.waitForFocus(By.id("lang-" + other));
            // Back with the keyboard: English stands before French (SHIFT+TAB), Arabic after Chinese (TAB).
            browser.tabTo(By.id("lang-" + language), 10, language.equals("en"));
            browser.press(Keys.ENTER);
            browser.waitFor(By.cssSelector("html[lang='" + language + "']"));
            browser.waitForFocus(By.id("lang-" + language));
        }
    }

    /**
     * From the menu's entry of a page, opens a confirmation with ENTER, its "No" focused first, closes it with ESCAPE
     * and then with ENTER at once (its "No"), the focus back each time.
     */
    private static void confirmationByKeyboard(
            Browser browser, String menuEntry, By opener, String language, String shot) {
        // The administration's pages are protected views: reached through the menu's link, by the keyboard too.
        browser.open("/claims/");
        browser.tabTo(By.id(menuEntry));
        browser.press(Keys.ENTER);
        browser.waitFor(opener);
        browser.tabTo(opener);
        browser.press(Keys.ENTER);
        browser.waitFor(CONFIRMATION);
        // The safe choice has the focus first: ENTER at once answers "No", never the action.
        browser.waitForFocus(CONFIRMATION_NO);
        if (shot != null) {
            assertEquals(
                    TEXTS.get(language).get("confirmDeactivate"),
                    browser.text(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")));
            assertEquals(TEXTS.get(language).get("no"), browser.text(CONFIRMATION_NO));
            assertEquals(
                    TEXTS.get(language).get("confirm"),
                    browser.text(By.cssSelector(".ui-confirm-dialog .ui-dialog-title")));
            browser.screenshot(shot);
        }
        assertTheFocusStaysIn(browser, CONFIRMATION);
        browser.press(Keys.ESCAPE);
        browser.waitUntilGone(CONFIRMATION);
        browser.waitForFocus(opener);

        browser.press(Keys.SPACE);
        browser.waitFor(CONFIRMATION);
        browser.waitForFocus(CONFIRMATION_NO);
        browser.press(Keys.ENTER);
        browser.waitUntilGone(CONFIRMATION);
        // ENTER took the safe choice: nothing was sent, nor redrawn, and the focus is back on the opener.
        browser.waitForFocus(opener);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void everyConfirmationOpensAndClosesFromTheKeyboardAndTheFocusReturns(String language) {
        String focalPoint = "npl.keyboard-" + language + System.nanoTime() % 100000;
        ApiClient.Reply designated = ApiClient.as("vra.admin")
                .post(
                        "/claims/api/focal-points",
                        "{\"username\":\"" + focalPoint
                                + "\",\"memberState\":\"NPL\",\"initialPassword\":\"issued by the office 2026\"}");
        assertEquals(201, designated.status(), designated.response().body());
        try (Browser browser = new Browser(language)) {
            browser.width(1280);
            signIn(browser, "claims", "vra.admin", language);
            confirmationByKeyboard(
                    browser,
                    "nav-focal-points",
                    By.cssSelector("#focal-points\\:table tbody button"),
                    language,
                    "keyboard-confirm-" + language);
            confirmationByKeyboard(browser, "nav-accounts", By.cssSelector("#accounts .deactivate"), language, null);
        }
    }
}
