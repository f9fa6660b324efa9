package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * axe-core (WCAG 2.1 A and AA rules) finds no serious or critical violation on any page of either module, in
 * English and in Arabic (right to left, chosen with the switcher's parameter, since an account's own language
 * outranks the browser's): each role's pages are opened one after the other and checked as shown.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessibilityBrowserIT {

    /** The heading of the page that a protected view answers when opened by its address alone. */
    private static final Map<String, String> FORBIDDEN = Map.of("en", "Not available to you", "ar", "غير متاح لك");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String notifiedClaim() {
        return ApiClient.as("vra.officer").notified(ClaimLifecycleIT.FULL_CLAIM, "NV-A");
    }

    /** What Faces says of a required field left empty, in the reader's language (messages.properties). */
    private static final Map<String, String> REQUIRED = Map.of("en", "a value is required", "ar", "يجب إدخال قيمة");

    @ParameterizedTest
    @ValueSource(strings = {"en", "ar"})
    void noPageHasASeriousOrCriticalViolation(String language) {
        String reference = notifiedClaim();
        List<String> found = new ArrayList<>();
        try (Browser browser = new Browser(language)) {
            check(browser, "/claims/sign-in.xhtml?lang=" + language, language, found);
            check(browser, "/claims/public/", language, found);
            browser.signIn("claims", "vra.officer");
            for (String page : List.of(
                    "/claims/",
                    "/claims/claim.xhtml?reference=" + reference,
                    "/claims/contacts.xhtml?reference=" + reference,
                    "/claims/register.xhtml",
                    "/claims/inbox.xhtml",
                    "/claims/dashboard.xhtml",
                    "/claims/account/password.xhtml",
                    "/claims/account/tokens.xhtml",
                    "/claims/account/mail.xhtml",
                    "/claims/ratings.xhtml",
                    "/claims/cohorts.xhtml",
                    "/claims/money-report.xhtml",
                    "/claims/withheld.xhtml")) {
                check(browser, page, language, found);
                assertNotEquals(FORBIDDEN.get(language), browser.text(By.tagName("h1")), page + " reached its page");
            }
        }
        try (Browser browser = new Browser(language)) {
            browser.open("/claims/sign-in.xhtml?lang=" + language);
            browser.signIn("claims", "vra.admin");
            for (String entry : List.of(
                    "nav-focal-points",
                    "nav-accounts",
                    "nav-import",
                    "nav-mail-addresses",
                    "nav-outbox",
                    "nav-publications")) {
                checkOpened(browser, openFromMenu(browser, entry, language), language, found);
            }
            // What a page turns into: a refused form lists its messages, a confirmation opens over the page.
            String focalPoints = openFromMenu(browser, "nav-focal-points", language);
            browser.click(By.id("designate:submit"));
            browser.waitFor(By.cssSelector("#messages li"));
            String refusal = browser.text(By.id("messages"));
            assertTrue(
                    refusal.contains(REQUIRED.get(language)), "a required field in the reader's language: " + refusal);
            assertFalse(refusal.contains("Validation Error"), "Faces' English left on the page: " + refusal);
            checkOpened(browser, focalPoints + " refused", language, found);
            browser.click(By.cssSelector("#focal-points\\:table tbody button"));
            browser.waitForFocus(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no"));
            checkOpened(browser, focalPoints + " confirming", language, found);
            check(browser, "/claims/state-law.xhtml?memberState=NPL", language, found);
        }
        try (Browser browser = new Browser(language)) {
            browser.open("/portal/sign-in.xhtml?lang=" + language);
            browser.signIn("portal", "focal.npl");
            for (String page : List.of(
                    "/portal/",
                    "/portal/claims.xhtml",
                    "/portal/inbox.xhtml",
                    "/portal/claim.xhtml?reference=" + reference,
                    "/portal/account/mail.xhtml",
                    "/portal/law.xhtml",
                    "/portal/ledger.xhtml")) {
                check(browser, page, language, found);
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /**
     * Opens an administration's page through the menu's link, as a person does: the pages are protected views, opened
     * by their address alone they answer "not available", the menu's links carry the view's token. Returns its path.
     */
    private static String openFromMenu(Browser browser, String entry, String language) {
        browser.open("/claims/");
        String path = URI.create(browser.attribute(By.id(entry), "href")).getPath();
        browser.click(By.id(entry));
        browser.waitForUrl(path, entry);
        assertNotEquals(FORBIDDEN.get(language), browser.text(By.tagName("h1")), entry + " reached its page");
        return path;
    }

    private static void check(Browser browser, String page, String language, List<String> found) {
        browser.open(page);
        browser.waitFor(By.tagName("h1"));
        checkOpened(browser, page, language, found);
    }

    private static void checkOpened(Browser browser, String page, String language, List<String> found) {
        assertEquals(language, browser.attribute(By.tagName("html"), "lang"), page);
        for (String violation : browser.accessibilityViolations()) {
            found.add(language + " " + page + ": " + violation);
        }
    }
}
