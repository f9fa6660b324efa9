package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access log over HTTP: every answer that carries personal data is recorded once, under the claim's stored
 * reference whatever the request typed, and so are exports, duplicate checks and the auditors' own searches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditTrailIT {

    static final String VRA_READ = " (claimant's identity, children's names, alleged father's details)";
    static final String FOCAL_READ = " (pseudonyms, alleged father's details)";

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient auditor = ApiClient.as("auditor");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** What the access log holds under this reference for this user, newest first. */
    static List<String> logged(String reference, String user) {
        JsonObject page = ApiClient.as("auditor")
                .get("/claims/api/audit/access?size=200&reference="
                        + URLEncoder.encode(reference, StandardCharsets.UTF_8) + "&user=" + user)
                .json();
        return page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("what"))
                .toList();
    }

    @Test
    void readsThroughAnotherFormOfTheReferenceAreLoggedUnderTheStoredOne() {
        ApiClient.Reply registered = officer.post("/claims/api/claims", ClaimLifecycleIT.FULL_CLAIM);
        String ref = registered.json().getString("reference");
        ApiClient.Reply added = officer.upload(
                "/claims/api/claims/" + ref + "/documents",
                registered.header("ETag").replace("\"", ""),
                "Lab report.pdf",
                DocumentsIT.PDF,
                null);
        assertEquals(201, added.status(), added.response().body());
        long document = added.json().getJsonNumber("id").longValue();

        String typed = "/claims/api/claims/%20" + ref + "%20";
        assertEquals(200, officer.get(typed).status());
        assertEquals(200, officer.get(typed + "/timeline").status());
        assertEquals(200, officer.download(typed + "/file.pdf").statusCode());
        assertEquals(200, officer.get(typed + "/documents").status());
        assertEquals(200, officer.download(typed + "/documents/" + document).statusCode());
        ApiClient.notifiedByAdmin(ref);
        assertEquals(200, ApiClient.as("focal.npl").get(typed).status());

        assertEquals(
                List.of(
                        "document " + document + " (application/pdf)",
                        "document list, page 0",
                        "claim file PDF" + VRA_READ,
                        "timeline",
                        "claim file" + VRA_READ,
                        "registered claim" + VRA_READ),
                logged(ref, "vra.officer"));
        assertEquals(List.of("claim file" + FOCAL_READ), logged(ref, "focal.npl"));
    }

    @Test
    void theClaimInTheAnswerToAnActionIsLoggedForEitherSide() {
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        assertEquals(
                200,
                officer.act(ref, "NOTIFY_MEMBER_STATE", officer.version(ref), "{\"noteVerbaleReference\":\"NV/A/1\"}")
                        .status());
        ApiClient nepal = ApiClient.as("focal.npl");
        assertEquals(
                200, nepal.act(ref, "ACKNOWLEDGE", nepal.version(ref), "{}").status());

        assertTrue(logged(ref, "vra.officer").contains("claim after NOTIFY_MEMBER_STATE" + VRA_READ));
        assertTrue(logged(ref, "focal.npl").contains("claim after ACKNOWLEDGE" + FOCAL_READ));
    }

    @Test
    void eachExportOfTheRegisterIsOneEntryWithItsFilters() {
        String tag = "SEA-AUD" + System.nanoTime() % 100000000;
        assertEquals(
                200,
                officer.download("/claims/api/claims/export?format=csv&status=RECEIVED&q=" + tag)
                        .statusCode());
        assertEquals(
                200,
                ApiClient.as("focal.npl")
                        .download("/claims/api/claims/export?format=xlsx&q=" + tag)
                        .statusCode());

        assertEquals(
                List.of("register export (CSV): status=RECEIVED q=" + tag),
                logged("REGISTER", "vra.officer").stream()
                        .filter(what -> what.contains(tag))
                        .toList());
        assertEquals(
                List.of("register export (XLSX): q=" + tag),
                logged("REGISTER", "focal.npl").stream()
                        .filter(what -> what.contains(tag))
                        .toList());
    }

    @Test
    void everyDuplicateCheckIsLoggedWithWhatItReturnedAndUnderEachClaimItNamed() {
        String tag = "SEA-DUP" + System.nanoTime() % 100000000;
        String claim =
                ClaimLifecycleIT.FULL_CLAIM.replace("SEA-2024-017", tag).replace("Amina Example", "Amina " + tag);
        String first = officer.register(claim);
        String second = officer.register(claim);
        long checksBefore = logged("DUPLICATE_CHECK", "vra.officer").size();

        ApiClient.Reply found = officer.post("/claims/api/claims/duplicates", claim);
        assertEquals(200, found.status(), found.response().body());
        assertEquals(
                List.of(second, first),
                found.json().getJsonArray("probableDuplicates").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList());
        ApiClient.Reply none = officer.post(
                "/claims/api/claims/duplicates",
                ClaimsApiIT.NEPAL_CLAIM.replace(
                        "\"mission\"", "\"allegationReference\":\"" + tag + "-X\",\"mission\""));
        assertEquals(200, none.status(), none.response().body());

        List<String> checks = logged("DUPLICATE_CHECK", "vra.officer");
        assertEquals(checksBefore + 2, checks.size(), "one entry per check, whatever it found");
        assertEquals("duplicate check, returned: none", checks.get(0));
        assertEquals("duplicate check, returned: " + second + ", " + first, checks.get(1));
        assertTrue(logged(first, "vra.officer").contains("returned by a duplicate check"));
        assertTrue(logged(second, "vra.officer").contains("returned by a duplicate check"));
    }

    @Test
    void anAuditorsSearchesAreSecurityEventsWithTheirFilters() {
        String tag = "PC-2024-" + System.nanoTime() % 10000000;
        assertEquals(
                200,
                auditor.get("/claims/api/audit/access?reference=" + tag + "&user=vra.officer&from=2024-01-01")
                        .status());
        assertEquals(
                200,
                auditor.get("/claims/api/audit/sign-ins?outcome=SIGN_IN_FAILURE&user=" + tag)
                        .status());

        List<String> searches = auditor
                .get("/claims/api/audit/sign-ins?outcome=AUDIT_SEARCH&user=auditor&size=200")
                .json()
                .getJsonArray("items")
                .stream()
                .map(item -> item.asJsonObject().getString("detail"))
                .toList();
        assertTrue(
                searches.contains(
                        "access log: reference=" + tag + " user=vra.officer from=2024-01-01 to= page=0" + " size=25"),
                searches.toString());
        assertTrue(
                searches.contains(
                        "security events: kind=SIGN_IN_FAILURE user=" + tag + " from= to= page=0" + " size=25"),
                searches.toString());
    }

    @Test
    void hostileSearchesOfTheAuditTrailAreAnsweredWithoutAnError() {
        String huge = "x".repeat(5000);
        assertEquals(
                200,
                auditor.get("/claims/api/audit/access?reference=" + huge).status(),
                "a filter longer than any column is searched, and recorded cut to size");
        assertEquals(
                400,
                auditor.get("/claims/api/audit/access?page=2147483647&size=200").status(),
                "a page whose first row cannot be counted");
        assertEquals(
                400,
                auditor.get("/claims/api/audit/sign-ins?outcome=AUDIT_SEARCH&page=-1")
                        .status());
    }
}
