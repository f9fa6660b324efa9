package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The access log of what the pages show: the claim file of both modules, its PDF and documents, the register's
 * export and the register page's duplicate check, which is limited per account on the page as in the API.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Whether, within a few seconds, the access log shows that the user read this through a page. */
    private static boolean loggedFromAPage(String reference, String user, String what) {
        ApiClient auditor = ApiClient.as("auditor");
        for (int attempt = 0; attempt < 20; attempt++) {
            JsonObject page = auditor.get("/claims/api/audit/access?size=200&reference="
                    + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&user=" + user).json();
            if (page.getJsonArray("items").stream().map(JsonObject.class::cast)
                    .anyMatch(entry -> entry.getString("what").equals(what)
                            && entry.getString("channel").equals("PAGE"))) {
                return true;
            }
            pause(500);
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theClaimFileOfBothModulesItsPdfAndItsDocumentsAreLoggedUnderTheStoredReference() throws Exception {
        ApiClient officer = ApiClient.as("vra.officer");
        ApiClient.Reply registered = officer.post("/claims/api/claims", ClaimLifecycleIT.FULL_CLAIM);
        String ref = registered.json().getString("reference");
        long document = officer.upload("/claims/api/claims/" + ref + "/documents",
                registered.header("ETag").replace("\"", ""), "Lab report.pdf", DocumentsIT.PDF, null)
                .json().getJsonNumber("id").longValue();

        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.open("/claims/claim.xhtml?reference=%20" + ref + "%20");
            assertEquals("Received", browser.waitFor(By.id("status")).getText());
            assertEquals("Claim " + ref, browser.title());
            browser.screenshot("audit-claim-file-en");
            assertTrue(loggedFromAPage(ref, "vra.officer", "claim file and timeline" + AuditTrailIT.VRA_READ));
            assertTrue(loggedFromAPage(ref, "vra.officer", "document list, page 0"));

            browser.click(By.id("actions:pdf"));
            assertTrue(Files.size(browser.downloaded(ref + ".pdf")) > 0, "the PDF is named by the stored reference");
            assertTrue(loggedFromAPage(ref, "vra.officer", "claim file PDF" + AuditTrailIT.VRA_READ));

            browser.click(By.cssSelector(".document-download"));
            assertTrue(loggedFromAPage(ref, "vra.officer", "document " + document + " (application/pdf)"));
        }
        ApiClient.notifiedByAdmin(ref);
        try (Browser nepal = new Browser()) {
            nepal.signIn("portal", "focal.npl");
            nepal.open("/portal/claim.xhtml?reference=%20" + ref);
            nepal.waitFor(By.id("status"));
            assertTrue(loggedFromAPage(ref, "focal.npl", "claim file and timeline" + AuditTrailIT.FOCAL_READ));
            nepal.click(By.id("actions:pdf"));
            assertTrue(loggedFromAPage(ref, "focal.npl", "claim file PDF" + AuditTrailIT.FOCAL_READ));
        }
    }

    @Test
    void theRegistersExportFromThePageIsOneEntryWithItsFilter() {
        String tag = "SEA-PEX" + System.nanoTime() % 100000000;
        ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM.replace("SEA-2024-017", tag));
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.type(By.id("filters:text"), tag);
            browser.click(By.id("filters:apply"));
            browser.waitForExactText(By.cssSelector("[id$=':total']"), "Claims: 1");
            browser.click(By.cssSelector(".export-xlsx"));
            browser.downloaded("claims.xlsx");
        }
        assertTrue(loggedFromAPage("REGISTER", "vra.officer", "register export (XLSX): q=" + tag));
    }

    /** Fills the register form for a Nepalese contingent's claim with one girl born in 2023; labels as shown. */
    private static void fillRegisterForm(Browser browser, String allegation, String militaryContingent, String female) {
        browser.open("/claims/register.xhtml");
        browser.select(By.id("register:mission"), "MONUSCO");
        browser.type(By.id("register:allegation"), allegation);
        browser.select(By.id("register:category"), militaryContingent);
        browser.select(By.id("register:member-state"), "NPL");
        browser.type(By.cssSelector("[id$='child-year']"), "2023");
        browser.select(By.cssSelector("select[id$='child-sex']"), female);
    }

    @Test
    void theRegisterPagesDuplicateWarningIsLoggedWithTheReferencesItShowed() {
        String tag = "SEA-PDU" + System.nanoTime() % 100000000;
        String existing = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM.replace("SEA-2024-017", tag));
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            fillRegisterForm(browser, tag, "Military contingent", "Female");
            browser.click(By.id("register:submit"));
            browser.waitForText("This claim may already be registered.");
            assertEquals(existing, browser.waitFor(By.cssSelector(".duplicate")).getText());
        }
        assertTrue(loggedFromAPage("DUPLICATE_CHECK", "vra.officer", "duplicate check, returned: " + existing));
        assertTrue(loggedFromAPage(existing, "vra.officer", "returned by a duplicate check"));
    }

    /**
     * Waits until the account's last duplicate check, as the access log shows it, is more than a minute old, so
     * that the account has its whole allowance whatever other tests did with it before.
     */
    private static long checksAfterAFreshMinute(String user) {
        JsonObject checks = ApiClient.as("auditor").get("/claims/api/audit/access?reference=DUPLICATE_CHECK&size=1&user="
                + user).json();
        if (!checks.getJsonArray("items").isEmpty()) {
            Instant last = Instant.parse(checks.getJsonArray("items").getJsonObject(0).getString("occurredAt"));
            pause(Math.max(0, Duration.between(Instant.now(), last.plusSeconds(61)).toMillis()));
        }
        return checks.getJsonNumber("total").longValue();
    }

    /**
     * Uses up the administrator's checks through the API, sees the page refuse the next one in both languages and
     * another account go on, then waits out the minute; the limit is left as it was found for the tests after.
     */
    @Test
    void theDuplicateCheckIsLimitedPerAccountThroughTheApiAndOnTheRegisterPage() {
        long checksBefore = checksAfterAFreshMinute("vra.admin");
        ApiClient admin = ApiClient.as("vra.admin");
        String check = ClaimsApiIT.NEPAL_CLAIM.replace("\"mission\"",
                "\"allegationReference\":\"SEA-RATE" + System.nanoTime() % 100000000 + "\",\"mission\"");
        long lastAllowed = 0;
        for (int i = 0; i < 20; i++) {
            ApiClient.Reply allowed = admin.post("/claims/api/claims/duplicates", check);
            lastAllowed = System.currentTimeMillis();
            assertEquals(200, allowed.status(), "check " + (i + 1) + " of 20: " + allowed.response().body());
        }
        ApiClient.Reply refused = admin.post("/claims/api/claims/duplicates", check);
        assertEquals(429, refused.status());
        assertEquals("RATE_LIMITED", refused.json().getString("code"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);
        assertEquals(429, admin.post("/claims/api/claims/duplicates", check).status());
        assertEquals(200, ApiClient.as("vra.officer").post("/claims/api/claims/duplicates", check).status(),
                "another account has checks of its own");

        try (Browser english = new Browser(); Browser french = new Browser("fr")) {
            english.signIn("claims", "vra.admin");
            fillRegisterForm(english, "SEA-RATE-PAGE", "Military contingent", "Female");
            english.click(By.id("register:submit"));
            english.waitForText("Too many duplicate checks from your account in the last minute. Nothing was registered");
            assertEquals("Register a claim", english.title());
            english.screenshot("audit-register-rate-limited-en");

            french.signIn("claims", "vra.admin");
            fillRegisterForm(french, "SEA-RATE-PAGE", "Contingent militaire", "Féminin");
            french.click(By.id("register:submit"));
            french.waitForText("Trop de vérifications de doublons depuis votre compte en une minute. Rien n'a été"
                    + " enregistré");
            assertEquals("Enregistrer une demande", french.title());
            french.screenshot("audit-register-rate-limited-fr");
        }
        List<JsonObject> limited = ApiClient.as("auditor")
                .get("/claims/api/audit/sign-ins?outcome=RATE_LIMITED&user=vra.admin&size=200").json()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(1, limited.size(), "one event for the run of refusals, not one a request: " + limited);
        assertEquals("duplicate check", limited.get(0).getString("detail"));
        assertEquals(checksBefore + 20, ApiClient.as("auditor").get("/claims/api/audit/access?reference=DUPLICATE_CHECK"
                + "&user=vra.admin").json().getJsonNumber("total").longValue(),
                "refused checks ran no search, so they are not in the access log");

        pause(Math.max(0, lastAllowed + 61_000 - System.currentTimeMillis()));
        assertEquals(200, admin.post("/claims/api/claims/duplicates", check).status(), "the minute has passed");
    }
}
