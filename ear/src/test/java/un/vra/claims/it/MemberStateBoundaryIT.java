package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The boundary between the UN and a Member State (DOMAIN.md, "Two parties, one claim"), proved on every channel
 * the State has: Nepal's focal point asks through the API (claim, timeline, documents and their downloads, the
 * PDF file, the register's export) and the portal's pages, and what is the UN's alone never reaches it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MemberStateBoundaryIT {

    private static final LocalDate TODAY = LocalDate.now();

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String mark() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private void act(ApiClient client, String reference, String action, String json) {
        ApiClient.Reply reply = client.act(reference, action, client.version(reference), json);
        assertEquals(200, reply.status(), action + ": " + reply.response().body());
    }

    private String notifiedClaim() {
        String reference = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        act(officer, reference, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-B\"}");
        return reference;
    }

    @Test
    void aVraCommentAndDocumentNeverReachTheStateButWhatTheOfficerSharesDoes() throws IOException {
        String mark = mark();
        String reference = notifiedClaim();
        act(officer, reference, "ADD_COMMENT", "{\"text\":\"Reached the mother at Goma market " + mark + "\"}");
        act(
                officer,
                reference,
                "ADD_COMMENT",
                "{\"text\":\"Samples due next week " + mark + "\",\"shareWithMemberState\":true}");
        act(officer, reference, "PUT_ON_HOLD", "{\"reason\":\"Mother in hospital " + mark + "\"}");
        act(officer, reference, "RESUME", "{}");
        act(
                officer,
                reference,
                "RECORD_INTERIM_ASSISTANCE",
                "{\"amount\":120,\"currency\":\"USD\",\"source\":\"Trust Fund " + mark + "\",\"kind\":\"HEALTH\"}");
        assertEquals(
                201,
                officer.upload(
                                "/claims/api/claims/" + reference + "/documents",
                                String.valueOf(officer.version(reference)),
                                "birth-certificate-" + mark + ".pdf",
                                DocumentsIT.PDF,
                                "Birth certificate " + mark)
                        .status());
        ApiClient.Reply unconsented = officer.uploadWithParts(
                "/claims/api/claims/" + reference + "/documents",
                String.valueOf(officer.version(reference)),
                "lab-request-" + mark + ".pdf",
                DocumentsIT.PDF,
                Map.of("shareWithMemberState", "true"));
        assertEquals(400, unconsented.status(), "sharing needs the claimant's consent");
        assertTrue(unconsented.response().body().contains("shareWithMemberState"));
        DocumentsIT.consentToSharing(reference, "GIVEN");
        assertEquals(
                201,
                officer.uploadWithParts(
                                "/claims/api/claims/" + reference + "/documents",
                                String.valueOf(officer.version(reference)),
                                "lab-request-" + mark + ".pdf",
                                DocumentsIT.PDF,
                                Map.of("description", "Laboratory request " + mark, "shareWithMemberState", "true"))
                        .status());
        List<String> unOnly = List.of(
                "Goma market " + mark,
                "Mother in hospital " + mark,
                "Trust Fund " + mark,
                "birth-certificate-" + mark,
                "Birth certificate " + mark,
                "vra.officer",
                "VRA_OFFICER");

        String timeline = nepal.get("/claims/api/claims/" + reference + "/timeline")
                .response()
                .body();
        String claim = nepal.get("/claims/api/claims/" + reference).response().body();
        JsonArray documents = nepal.get("/claims/api/claims/" + reference + "/documents")
                .json()
                .getJsonArray("items");
        String pdf = PdfText.of(
                nepal.download("/claims/api/claims/" + reference + "/file.pdf").body());
        String export = nepal.get("/claims/api/claims/export?format=csv&q=" + reference)
                .response()
                .body();
        String page;
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.open("/portal/claim.xhtml?reference=" + reference);
            browser.waitFor(By.id("status"));
            page = browser.pageSource();
            browser.screenshot("portal-claim-state-view-en");
        }
        for (String channel : List.of(timeline, claim, pdf, export, page)) {
            for (String secret : unOnly) {
                assertFalse(channel.contains(secret), secret + " reached Nepal");
            }
        }
        assertTrue(timeline.contains("Samples due next week " + mark), "the shared comment reaches Nepal");
        assertTrue(page.contains("Samples due next week " + mark), "the shared comment is on the portal page");
        assertTrue(pdf.contains("Samples due next week"), "the shared comment is in the PDF");
        assertTrue(timeline.contains("\"actor\":\"UN\""), "the UN's people are named UN");
        assertEquals(2, documents.size(), "only the shared document and the note verbale are listed");
        assertEquals("lab-request-" + mark + ".pdf", documents.getJsonObject(0).getString("fileName"));
        assertEquals("UN", documents.getJsonObject(0).getString("uploadedBy"));
        assertTrue(documents.getJsonObject(1).getString("fileName").startsWith("note-verbale-VRA-NV-"));

        JsonArray all = officer.get("/claims/api/claims/" + reference + "/documents")
                .json()
                .getJsonArray("items");
        long unDocument = all.stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> item.getString("fileName").startsWith("birth-certificate"))
                .findFirst()
                .orElseThrow()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                404,
                nepal.download("/claims/api/claims/" + reference + "/documents/" + unDocument)
                        .statusCode(),
                "a UN document cannot be downloaded by its id either");
        assertEquals(
                200,
                officer.download("/claims/api/claims/" + reference + "/documents/" + unDocument)
                        .statusCode());

        String preview = officer.get("/claims/api/claims/" + reference + "/timeline?view=MEMBER_STATE")
                .response()
                .body();
        assertEquals(
                nepal.get("/claims/api/claims/" + reference + "/timeline")
                        .json()
                        .getJsonArray("events"),
                officer.get("/claims/api/claims/" + reference + "/timeline?view=MEMBER_STATE")
                        .json()
                        .getJsonArray("events"),
                "the officer's preview is exactly what the State reads");
        assertFalse(preview.contains("Goma market"));
        assertEquals(
                400,
                officer.get("/claims/api/claims/" + reference + "?view=STATE").status());
    }

    @Test
    void theOfficerSeesTheClaimFileExactlyAsTheStateDoesInEnglishAndFrench() {
        String mark = mark();
        String reference = notifiedClaim();
        act(officer, reference, "ADD_COMMENT", "{\"text\":\"Mother moved to Bukavu " + mark + "\"}");
        act(
                officer,
                reference,
                "ADD_COMMENT",
                "{\"text\":\"Kit on its way " + mark + "\",\"shareWithMemberState\":true}");
        for (String language : List.of("en", "fr")) {
            try (Browser browser = new Browser(language)) {
                browser.signIn("claims", "vra.officer");
                browser.open("/claims/claim.xhtml?reference=" + reference);
                assertTrue(browser.waitFor(By.id("timeline")).getText().contains("Mother moved to Bukavu " + mark));
                browser.click(By.id("actions:view-as-state"));
                String banner = browser.waitFor(By.id("preview-banner")).getText();
                assertTrue(
                        banner.contains(
                                language.equals("en")
                                        ? "exactly as the Member State sees it"
                                        : "exactement comme l'État Membre le voit"),
                        banner);
                String timeline = browser.waitFor(By.id("timeline")).getText();
                assertFalse(timeline.contains("Bukavu"), "a UN-only comment is not in the State's view");
                assertTrue(timeline.contains("Kit on its way " + mark));
                assertFalse(timeline.contains("vra.officer"));
                assertTrue(timeline.contains(language.equals("en") ? "UN" : "ONU"));
                assertEquals(
                        List.of(),
                        browser.findAll(By.cssSelector(".action-button.action-ADD_COMMENT")),
                        "nothing can be recorded from the preview");
                browser.screenshot("claim-file-as-the-state-" + language);
                browser.click(By.id("view-as-un"));
                assertTrue(browser.waitFor(By.id("timeline")).getText().contains("Bukavu"));
            }
        }
    }

    @Test
    void aWithdrawnConsentStopsWhatDependsOnIt() {
        String mark = mark();
        String reference = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        ApiClient.Reply withdrawn = officer.post(
                "/claims/api/claims/" + reference + "/consents",
                "{\"kind\":\"NOTIFY_MEMBER_STATE\",\"decision\":\"WITHDRAWN\",\"decidedOn\":\"" + TODAY + "\"}");
        assertEquals(201, withdrawn.status(), withdrawn.response().body());
        ApiClient.Reply refused = officer.act(
                reference, "NOTIFY_MEMBER_STATE", officer.version(reference), "{\"noteVerbaleReference\":\"NV-C\"}");
        assertEquals(409, refused.status(), refused.response().body());
        assertEquals("CONSENT_WITHDRAWN", refused.json().getString("code"));
        assertEquals(404, nepal.get("/claims/api/claims/" + reference).status(), "nothing reached the State");
        assertEquals(
                201,
                officer.post(
                                "/claims/api/claims/" + reference + "/consents",
                                "{\"kind\":\"NOTIFY_MEMBER_STATE\",\"decision\":\"GIVEN\",\"decidedOn\":\"" + TODAY
                                        + "\"}")
                        .status());
        act(officer, reference, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-C\"}");

        DocumentsIT.consentToSharing(reference, "GIVEN");
        assertEquals(
                201,
                officer.uploadWithParts(
                                "/claims/api/claims/" + reference + "/documents",
                                String.valueOf(officer.version(reference)),
                                "school-record-" + mark + ".pdf",
                                DocumentsIT.PDF,
                                Map.of("shareWithMemberState", "true"))
                        .status());
        assertEquals(
                2,
                nepal.get("/claims/api/claims/" + reference + "/documents")
                        .json()
                        .getInt("total"),
                "the shared document and the notification's note verbale");
        assertTrue(nepal.get("/claims/api/claims/" + reference + "/timeline")
                .response()
                .body()
                .contains("school-record-" + mark));

        DocumentsIT.consentToSharing(reference, "WITHDRAWN");
        assertEquals(
                1,
                nepal.get("/claims/api/claims/" + reference + "/documents")
                        .json()
                        .getInt("total"),
                "a withdrawn consent takes the UN's documents back from the State, but for the note addressed to it");
        assertFalse(nepal.get("/claims/api/claims/" + reference + "/timeline")
                .response()
                .body()
                .contains("school-record-" + mark));
        ApiClient.Reply notShared = officer.uploadWithParts(
                "/claims/api/claims/" + reference + "/documents",
                String.valueOf(officer.version(reference)),
                "more-" + mark + ".pdf",
                DocumentsIT.PDF,
                Map.of("shareWithMemberState", "true"));
        assertEquals(409, notShared.status(), notShared.response().body());
        assertEquals("CONSENT_WITHDRAWN", notShared.json().getString("code"));
        assertEquals(
                2,
                officer.get("/claims/api/claims/" + reference + "/documents")
                        .json()
                        .getInt("total"),
                "the refused document was not stored (the note verbale and the first one are)");
    }

    @Test
    void aClaimNotYetNotifiedDoesNotExistForTheState() {
        String reference = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        for (String path : List.of("", "/timeline", "/documents", "/file.pdf")) {
            assertEquals(
                    404, nepal.get("/claims/api/claims/" + reference + path).status(), path);
        }
        assertEquals(0, nepal.get("/claims/api/claims?q=" + reference).json().getInt("total"));
        assertFalse(nepal.get("/claims/api/claims/export?format=csv")
                .response()
                .body()
                .contains(reference));
        assertEquals(
                404, nepal.act(reference, "ADD_COMMENT", 0, "{\"text\":\"x\"}").status());

        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.open("/portal/inbox.xhtml");
            assertFalse(browser.waitFor(By.id("inbox:items")).getText().contains(reference), "not in the inbox");

            act(officer, reference, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-N\"}");
            browser.open("/portal/inbox.xhtml");
            assertTrue(
                    browser.waitFor(By.id("inbox:items")).getText().contains(reference),
                    "the notification reaches the inbox");
        }
        assertEquals(200, nepal.get("/claims/api/claims/" + reference).status());
        assertEquals(1, nepal.get("/claims/api/claims?q=" + reference).json().getInt("total"));
    }

    @Test
    void theClaimantsWishNotToContactTheFatherStopsTheNotificationUntilAnOfficerOverridesItWithAReason() {
        String mark = mark();
        String reference = officer.register(
                ClaimLifecycleIT.FULL_CLAIM.replace("\"noFatherContact\":false", "\"noFatherContact\":true"));
        ApiClient.Reply refused = officer.act(
                reference, "NOTIFY_MEMBER_STATE", officer.version(reference), "{\"noteVerbaleReference\":\"NV-W\"}");
        assertEquals(400, refused.status());
        assertEquals("VALIDATION", refused.json().getString("code"));
        assertTrue(refused.response().body().contains("noContactOverrideReason"));
        assertTrue(
                refused.json()
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("not be contacted"),
                refused.response().body());
        assertEquals(
                "RECEIVED",
                officer.get("/claims/api/claims/" + reference).json().getString("status"));

        act(
                officer,
                reference,
                "NOTIFY_MEMBER_STATE",
                "{\"noteVerbaleReference\":\"NV-W\","
                        + "\"noContactOverrideReason\":\"Support for the child outweighs it " + mark + "\"}");
        JsonArray events = officer.get("/claims/api/claims/" + reference + "/timeline")
                .json()
                .getJsonArray("events");
        JsonObject override = events.getJsonObject(1);
        assertEquals("OVERRIDE_NO_CONTACT_WISH", override.getString("action"));
        assertEquals("UN_ONLY", override.getString("audience"));
        assertEquals("NOTIFY_MEMBER_STATE", events.getJsonObject(2).getString("action"));

        String seenByNepal = nepal.get("/claims/api/claims/" + reference + "/timeline")
                .response()
                .body();
        assertFalse(seenByNepal.contains(mark) || seenByNepal.contains("OVERRIDE_NO_CONTACT_WISH"));
        assertNull(
                nepal.get("/claims/api/claims/" + reference).json().get("wishes"),
                "the claimant's wishes are the UN's alone");
    }

    @Test
    void anExclusionReportedByTheStateChangesNoMetricUntilTheVraConfirmsIt() {
        String reference = notifiedClaim();
        act(nepal, reference, "ACKNOWLEDGE", "{}");
        act(nepal, reference, "START_DNA_TEST", "{\"kitId\":\"K-X\",\"laboratory\":\"Lab X\"}");
        for (String subject : List.of("CHILD", "ALLEGED_FATHER")) {
            act(
                    nepal,
                    reference,
                    "RECORD_SAMPLE_COLLECTION",
                    "{\"kitId\":\"K-X\",\"subject\":\"" + subject
                            + "\",\"collectedBy\":\"Doctor\",\"place\":\"Camp\",\"identityCheck\":\"PASSPORT\","
                            + "\"sealNumber\":\"S-" + subject + "\"}");
        }
        act(
                nepal,
                reference,
                "RECORD_LAB_RECEIPT",
                "{\"kitId\":\"K-X\",\"laboratory\":\"Lab X\",\"sealsIntact\":true}");
        String exclusion = "{\"kitId\":\"K-X\",\"laboratory\":\"Lab X\",\"conclusion\":\"EXCLUSION\"}";
        long excluded = excluded();

        act(nepal, reference, "RECORD_DNA_RESULT", exclusion);
        JsonObject reported = nepal.get("/claims/api/claims/" + reference).json();
        assertEquals("OUTCOME_REPORTED", reported.getString("status"));
        assertEquals("EXCLUDED", reported.getString("reportedOutcome"), "the State sees the report pending");
        assertEquals("UNDETERMINED", reported.getString("paternityOutcome"));
        assertEquals(excluded, excluded(), "a reported exclusion is not counted");
        assertEquals(
                403,
                nepal.act(reference, "CONFIRM_OUTCOME", nepal.version(reference), "{}")
                        .status(),
                "the State cannot confirm its own report");

        act(officer, reference, "REJECT_OUTCOME", "{\"reason\":\"The laboratory report is missing\"}");
        JsonObject rejected = nepal.get("/claims/api/claims/" + reference).json();
        assertEquals("DNA_TESTING", rejected.getString("status"), "back where it was");
        assertNull(rejected.get("reportedOutcome"));
        assertEquals(excluded, excluded());

        act(nepal, reference, "RECORD_DNA_RESULT", exclusion);
        act(officer, reference, "CONFIRM_OUTCOME", "{}");
        JsonObject confirmed = nepal.get("/claims/api/claims/" + reference).json();
        assertEquals("PATERNITY_EXCLUDED", confirmed.getString("status"));
        assertEquals(excluded + 1, excluded(), "counted once confirmed");
    }

    @Test
    void aStepDeclaredLongBeforeItWasRecordedIsFlaggedToTheVra() {
        String reference = officer.register(ClaimLifecycleIT.FULL_CLAIM.replace(
                "2024-03-01", TODAY.minusDays(200).toString()));
        act(
                officer,
                reference,
                "NOTIFY_MEMBER_STATE",
                "{\"noteVerbaleReference\":\"NV-L\",\"notifiedOn\":\"" + TODAY.minusDays(150) + "\"}");
        act(nepal, reference, "ACKNOWLEDGE", "{\"acknowledgedOn\":\"" + TODAY.minusDays(100) + "\"}");
        JsonArray events = officer.get("/claims/api/claims/" + reference + "/timeline")
                .json()
                .getJsonArray("events");
        JsonObject acknowledged = events.getJsonObject(3);
        assertEquals("ACKNOWLEDGE", acknowledged.getString("action"));
        assertEquals(TODAY.minusDays(100).toString(), acknowledged.getString("occurredOn"));
        assertTrue(acknowledged.getBoolean("recordedLate"));
        assertFalse(events.getJsonObject(1).getBoolean("recordedLate"), "only the State's steps are flagged");
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.open("/claims/claim.xhtml?reference=" + reference);
            assertTrue(browser.waitFor(By.cssSelector(".recorded-late"))
                    .getText()
                    .contains("declared more than 30 days before it was recorded"));
            browser.screenshot("claim-file-recorded-late-en");
        }
    }

    private long excluded() {
        return officer.get("/claims/api/metrics/summary")
                .json()
                .getJsonNumber("excluded")
                .longValue();
    }
}
