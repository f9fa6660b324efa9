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
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.RegisterClaimPage;
import un.vra.claims.it.pages.RegisterPage;
import un.vra.claims.it.pages.SignInPage;

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
                            + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&user=" + user)
                    .json();
            if (page.getJsonArray("items").stream()
                    .map(JsonObject.class::cast)
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
        long document = officer.upload(
                        "/claims/api/claims/" + ref + "/documents",
                        registered.header("ETag").replace("\"", ""),
                        "Lab report.pdf",
                        DocumentsIT.PDF,
                        null)
                .json()
                .getJsonNumber("id")
                .longValue();

        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, "%20" + ref + "%20");
            assertEquals("Received", file.status());
            assertEquals("Claim " + ref, file.heading());
            file.screenshot("audit-claim-file-en");
            assertTrue(loggedFromAPage(ref, "vra.officer", "claim file and timeline" + AuditTrailIT.VRA_READ));
            assertTrue(loggedFromAPage(ref, "vra.officer", "document list, page 0"));

            assertTrue(Files.size(file.downloadPdf(ref + ".pdf")) > 0, "the PDF is named by the stored reference");
            assertTrue(loggedFromAPage(ref, "vra.officer", "claim file PDF" + AuditTrailIT.VRA_READ));

            file.downloadFirstDocument();
            assertTrue(loggedFromAPage(ref, "vra.officer", "document " + document + " (application/pdf)"));
        }
        ApiClient.notifiedByAdmin(ref);
        try (Browser nepal = new Browser()) {
            SignInPage.signIn(nepal, Page.PORTAL, "focal.npl");
            ClaimFilePage file = ClaimFilePage.open(nepal, Page.PORTAL, "%20" + ref);
            assertTrue(loggedFromAPage(ref, "focal.npl", "claim file and timeline" + AuditTrailIT.FOCAL_READ));
            file.downloadPdf(ref + ".pdf");
            assertTrue(loggedFromAPage(ref, "focal.npl", "claim file PDF" + AuditTrailIT.FOCAL_READ));
        }
    }

    @Test
    void theRegistersExportFromThePageIsOneEntryWithItsFilter() {
        String tag = "SEA-PEX" + System.nanoTime() % 100000000;
        ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM.replace("SEA-2024-017", tag));
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            RegisterPage.shown(browser)
                    .searchFor(tag)
                    .applyFiltersExpecting("Claims: 1")
                    .export("xlsx");
        }
        assertTrue(loggedFromAPage("REGISTER", "vra.officer", "register export (XLSX): q=" + tag));
    }

    /** Fills the register form for a Nepalese contingent's claim with one girl born in 2023; labels as shown. */
    private static RegisterClaimPage fillRegisterForm(
            Browser browser, String allegation, String militaryContingent, String female) {
        return RegisterClaimPage.open(browser)
                .mission("MONUSCO")
                .allegation(allegation)
                .personnelCategory(militaryContingent)
                .memberState("NPL")
                .child("2023", female);
    }

    @Test
    void theRegisterPagesDuplicateWarningIsLoggedWithTheReferencesItShowed() {
        String tag = "SEA-PDU" + System.nanoTime() % 100000000;
        String existing =
                ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM.replace("SEA-2024-017", tag));
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            RegisterClaimPage form = fillRegisterForm(browser, tag, "Military contingent", "Female");
            form.submit();
            form.waitForText("This claim may already be registered.");
            assertEquals(existing, form.probableDuplicate());
        }
        assertTrue(loggedFromAPage("DUPLICATE_CHECK", "vra.officer", "duplicate check, returned: " + existing));
        assertTrue(loggedFromAPage(existing, "vra.officer", "returned by a duplicate check"));
    }

    /**
     * Waits until the account's last duplicate check, as the access log shows it, is more than a minute old, so
     * that the account has its whole allowance whatever other tests did with it before.
     */
    private static long checksAfterAFreshMinute(String user) {
        JsonObject checks = ApiClient.as("auditor")
                .get("/claims/api/audit/access?reference=DUPLICATE_CHECK&size=1&user=" + user)
                .json();
        if (!checks.getJsonArray("items").isEmpty()) {
            Instant last =
                    Instant.parse(checks.getJsonArray("items").getJsonObject(0).getString("occurredAt"));
            pause(Math.max(
                    0, Duration.between(Instant.now(), last.plusSeconds(61)).toMillis()));
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
        String check = ClaimsApiIT.NEPAL_CLAIM.replace(
                "\"mission\"", "\"allegationReference\":\"SEA-RATE" + System.nanoTime() % 100000000 + "\",\"mission\"");
        long lastAllowed = 0;
        for (int i = 0; i < 20; i++) {
            ApiClient.Reply allowed = admin.post("/claims/api/claims/duplicates", check);
            lastAllowed = System.currentTimeMillis();
            assertEquals(
                    200,
                    allowed.status(),
                    "check " + (i + 1) + " of 20: " + allowed.response().body());
        }
        ApiClient.Reply refused = admin.post("/claims/api/claims/duplicates", check);
        assertEquals(429, refused.status());
        assertEquals("RATE_LIMITED", refused.json().getString("code"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After: " + retryAfter);
        assertEquals(429, admin.post("/claims/api/claims/duplicates", check).status());
        assertEquals(
                200,
                ApiClient.as("vra.officer")
                        .post("/claims/api/claims/duplicates", check)
                        .status(),
                "another account has checks of its own");

        try (Browser english = new Browser();
                Browser french = new Browser("fr")) {
            SignInPage.signIn(english, Page.BACK_OFFICE, "vra.admin");
            RegisterClaimPage inEnglish = fillRegisterForm(english, "SEA-RATE-PAGE", "Military contingent", "Female");
            inEnglish.submit();
            inEnglish.waitForText(
                    "Too many duplicate checks from your account in the last minute. Nothing was registered");
            assertEquals("Register a claim", inEnglish.heading());
            inEnglish.screenshot("audit-register-rate-limited-en");

            SignInPage.signIn(french, Page.BACK_OFFICE, "vra.admin");
            RegisterClaimPage inFrench = fillRegisterForm(french, "SEA-RATE-PAGE", "Contingent militaire", "Féminin");
            inFrench.submit();
            inFrench.waitForText("Trop de vérifications de doublons depuis votre compte en une minute. Rien n'a été"
                    + " enregistré");
            assertEquals("Enregistrer une demande", inFrench.heading());
            inFrench.screenshot("audit-register-rate-limited-fr");
        }
        List<JsonObject> limited = ApiClient.as("auditor")
                .get("/claims/api/audit/sign-ins?outcome=RATE_LIMITED&user=vra.admin&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(1, limited.size(), "one event for the run of refusals, not one a request: " + limited);
        assertEquals("duplicate check", limited.get(0).getString("detail"));
        assertEquals(
                checksBefore + 20,
                ApiClient.as("auditor")
                        .get("/claims/api/audit/access?reference=DUPLICATE_CHECK" + "&user=vra.admin")
                        .json()
                        .getJsonNumber("total")
                        .longValue(),
                "refused checks ran no search, so they are not in the access log");

        pause(Math.max(0, lastAllowed + 61_000 - System.currentTimeMillis()));
        assertEquals(200, admin.post("/claims/api/claims/duplicates", check).status(), "the minute has passed");
    }
}
