package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The claim file in the back office and the portal: reading it, acting through its dialogs, a conflict between two
 * people, and attaching documents.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimFileBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static void openFile(Browser browser, String reference) {
        browser.open("/claims/claim.xhtml?reference=" + reference);
        browser.waitFor(By.id("status"));
    }

    private static void record(Browser browser, String action, String field, String value) {
        browser.click(By.cssSelector(".action-" + action));
        browser.type(By.cssSelector("#action-form .field-" + field), value);
        browser.click(By.id("action-form:submit"));
    }

    @Test
    void anOfficerOpensAClaimFromTheRegisterAndNotifiesTheMemberState() {
        String reference = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.click(By.linkText(reference));
            assertEquals("Received", browser.waitFor(By.id("status")).getText());
            assertTrue(browser.waitFor(By.id("claimant")).getText().contains("Amina Example"));
            record(browser, "NOTIFY_MEMBER_STATE", "noteVerbaleReference", "NV/2026/7");
            browser.waitForText("Recorded.");
            assertEquals("Notified to the State", browser.waitFor(By.id("status")).getText());
            assertTrue(browser.pageText().contains("noteVerbaleReference: NV/2026/7"));
        }
        assertTrue(ApiClient.as("auditor").get("/claims/api/audit/access?reference=" + reference + "&user=vra.officer")
                .response().body().contains("\"channel\":\"PAGE\""));
    }

    @Test
    void theDnaAndSupportPanelsShowTheChainOfCustodyAndWhatWasPaid() {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM.replace("MILITARY_CONTINGENT", "CIVILIAN"));
        for (String[] step : new String[][] {
                {"START_DNA_TEST", "{\"kitId\":\"K-P\",\"laboratory\":\"Lab P\"}"},
                {"RECORD_SAMPLE_COLLECTION", "{\"kitId\":\"K-P\",\"subject\":\"CHILD\",\"collectedBy\":\"N\","
                        + "\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"SEAL-C\"}"},
                {"RECORD_SAMPLE_COLLECTION", "{\"kitId\":\"K-P\",\"subject\":\"ALLEGED_FATHER\",\"collectedBy\":\"D\","
                        + "\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"SEAL-F\"}"},
                {"RECORD_CUSTODY_TRANSFER", "{\"sealNumber\":\"SEAL-F\",\"from\":\"Doctor\",\"to\":\"Courier\"}"},
                {"RECORD_LAB_RECEIPT", "{\"kitId\":\"K-P\",\"laboratory\":\"Lab P\",\"sealsIntact\":true}"},
                {"RECORD_DNA_RESULT", "{\"kitId\":\"K-P\",\"laboratory\":\"Lab P\",\"conclusion\":\"INCLUSION\","
                        + "\"probabilityOfPaternity\":99.9}"},
                {"ARRANGE_SUPPORT", "{\"kind\":\"AGREEMENT\",\"amount\":80,\"currency\":\"USD\",\"frequency\":\"MONTHLY\","
                        + "\"startsOn\":\"2026-01-01\"}"},
                {"RECORD_PAYMENT", "{\"amount\":80,\"currency\":\"USD\"}"}}) {
            assertEquals(200, officer.act(ref, step[0], officer.version(ref), step[1]).status(), step[0]);
        }
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            openFile(browser, ref);
            assertEquals("SEAL-C", browser.waitFor(By.id("child-seal")).getText());
            assertEquals("SEAL-F", browser.waitFor(By.id("father-seal")).getText());
            String handOver = browser.waitFor(By.cssSelector(".custody-RECORD_CUSTODY_TRANSFER")).getText();
            assertTrue(handOver.contains("sealNumber: SEAL-F") && handOver.contains("to: Courier"), handOver);
            String result = browser.waitFor(By.cssSelector(".custody-RECORD_DNA_RESULT")).getText();
            assertTrue(result.contains("conclusion: INCLUSION") && result.contains("probabilityOfPaternity: 99.9"), result);
            assertEquals("80.00 USD", browser.waitFor(By.id("support-paid")).getText());
            long monthsDue = ChronoUnit.MONTHS.between(LocalDate.of(2026, 1, 1), LocalDate.now(ZoneOffset.UTC)) + 1;
            assertEquals(monthsDue * 80 + ".00 USD", browser.waitFor(By.id("support-due")).getText());
            assertEquals((monthsDue - 1) * 80 + ".00 USD", browser.waitFor(By.id("support-arrears")).getText());
            assertEquals("80.00 USD", browser.waitFor(By.cssSelector(".money-RECORD_PAYMENT")).getText());
        }
    }

    @Test
    void theRegisterFiltersByTextAndStatusInTheDatabase() {
        ApiClient officer = ApiClient.as("vra.officer");
        String tag = "SEA-F" + System.nanoTime() % 100000000;
        String withTag = ClaimsApiIT.NEPAL_CLAIM.replace("\"mission\"", "\"allegationReference\":\"" + tag + "\",\"mission\"");
        String received = officer.register(withTag);
        String notified = officer.register(withTag);
        officer.act(notified, "NOTIFY_MEMBER_STATE", officer.version(notified), "{\"noteVerbaleReference\":\"NV\"}");
        assertEquals(2, officer.get("/claims/api/claims?q=" + tag).json().getInt("total"));
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.type(By.id("filters:text"), tag);
            browser.select(By.id("filters:status"), "Notified to the State");
            browser.click(By.id("filters:apply"));
            browser.waitForExactText(By.cssSelector("[id$=':total']"), "Claims: 1");
            assertTrue(browser.pageText().contains(notified));
            assertTrue(!browser.pageText().contains(received));
        }
    }

    @Test
    void aFocalPointActsOnItsStatesClaimInThePortalAndAnotherStateCannotOpenIt() {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        officer.act(ref, "NOTIFY_MEMBER_STATE", officer.version(ref), "{\"noteVerbaleReference\":\"NV-P\"}");
        String pseudonym = officer.get("/claims/api/claims/" + ref).json().getJsonObject("claimant").getString("pseudonym");
        try (Browser nepal = new Browser()) {
            nepal.signIn("portal", "focal.npl");
            nepal.click(By.linkText(ref));
            assertEquals("Notified to the State", nepal.waitFor(By.id("status")).getText());
            assertTrue(nepal.waitFor(By.id("claimant")).getText().contains(pseudonym));
            assertTrue(!nepal.pageText().contains("Amina Example"), "no claimant name in the portal");
            assertTrue(!nepal.pageText().contains("Close"), "no VRA action offered to a focal point");
            record(nepal, "ACKNOWLEDGE", "note", "Focal point on it");
            nepal.waitForText("Recorded.");
            assertEquals("Acknowledged", nepal.waitFor(By.id("status")).getText());
        }
        try (Browser southAfrica = new Browser()) {
            southAfrica.signIn("portal", "focal.zaf");
            southAfrica.open("/portal/claim.xhtml?reference=" + ref);
            southAfrica.waitForText("There is no such claim");
            assertTrue(!southAfrica.pageText().contains(pseudonym));
        }
    }

    @Test
    void aRefusedInputIsExplainedAndNothingIsRecorded() {
        String reference = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            openFile(browser, reference);
            browser.click(By.cssSelector(".action-NOTIFY_MEMBER_STATE"));
            browser.type(By.cssSelector("#action-form .field-notifiedOn"), "2020-01-01");
            browser.type(By.cssSelector("#action-form .field-noteVerbaleReference"), "NV-early");
            browser.click(By.id("action-form:submit"));
            browser.waitForText("before the claim's previous event");
        }
        assertEquals("RECEIVED", ApiClient.as("vra.officer").get("/claims/api/claims/" + reference).json()
                .getString("status"));
    }

    @Test
    void whenSomeoneElseChangedTheClaimTheSecondPersonIsToldAndKeepsWhatTheyTyped() {
        String reference = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser first = new Browser(); Browser second = new Browser()) {
            first.signIn("claims", "vra.officer");
            second.signIn("claims", "vra.admin");
            openFile(first, reference);
            openFile(second, reference);
            record(first, "ADD_COMMENT", "text", "first comment");
            first.waitForText("Recorded.");
            record(second, "ADD_COMMENT", "text", "second comment");
            second.waitForText("Someone else changed this claim meanwhile");
            second.click(By.id("action-form:reload"));
            second.waitUntilGone(By.id("action-form:reload"));
            assertEquals("second comment", second.waitFor(By.cssSelector("#action-form .field-text")).getAttribute("value"));
            second.click(By.id("action-form:submit"));
            second.waitForText("Recorded.");
        }
        String timeline = ApiClient.as("vra.officer").get("/claims/api/claims/" + reference + "/timeline")
                .response().body();
        assertTrue(timeline.contains("first comment") && timeline.contains("second comment"), timeline);
    }

    private static Path file(String name, byte[] content) throws IOException {
        Path file = Files.createTempDirectory("claim-documents").resolve(name);
        Files.write(file, content);
        file.toFile().deleteOnExit();
        file.getParent().toFile().deleteOnExit();
        return file;
    }

    @Test
    void aFocalPointAttachesAPdfToItsStatesClaimInThePortalAndSeesItListed() throws IOException {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = ApiClient.notifiedByAdmin(officer.register(ClaimLifecycleIT.FULL_CLAIM));
        try (Browser nepal = new Browser()) {
            nepal.signIn("portal", "focal.npl");
            nepal.open("/portal/claim.xhtml?reference=" + ref);
            nepal.waitFor(By.id("status"));
            nepal.waitForText("No documents yet.");
            nepal.attach(By.cssSelector("#add-document input[type=file]"),
                    file("Résultat labo K-7.pdf", DocumentsIT.PDF));
            nepal.type(By.id("add-document:description"), "Laboratory report, kit K-7");
            nepal.click(By.id("add-document:add"));
            nepal.waitForText("Document attached.");
            nepal.waitForText("Résultat labo K-7.pdf");
            assertTrue(nepal.pageText().contains("Laboratory report, kit K-7"));
            assertTrue(nepal.pageText().contains("fileName: Résultat labo K-7.pdf"), "the timeline shows the document");
            JsonObject listed = officer.get("/claims/api/claims/" + ref + "/documents").json();
            assertEquals(1, listed.getInt("total"));
            JsonObject document = listed.getJsonArray("items").getJsonObject(0);
            assertEquals("focal.npl", document.getString("uploadedBy"));
            assertEquals(DocumentsIT.PDF.length, document.getInt("size"));

            nepal.click(By.cssSelector(".document-download"));
            String downloaded = "document " + document.getJsonNumber("id") + " (application/pdf)";
            assertTrue(logged(ref, "focal.npl", downloaded), "the download from the page is in the access log");
        }
    }

    /** Whether the access log shows, within a few seconds, that the user read this of the claim. */
    private static boolean logged(String reference, String user, String what) {
        ApiClient auditor = ApiClient.as("auditor");
        for (int attempt = 0; attempt < 20; attempt++) {
            if (auditor.get("/claims/api/audit/access?reference=" + reference + "&user=" + user).response().body()
                    .contains(what)) {
                return true;
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    @Test
    void aTextFileNamedPdfIsRefusedOnThePageWithAnExplanationAndNothingIsAttached() throws IOException {
        String ref = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            openFile(browser, ref);
            browser.attach(By.cssSelector("#add-document input[type=file]"),
                    file("notes.pdf", "Plain text, not a PDF.".getBytes(StandardCharsets.UTF_8)));
            browser.click(By.id("add-document:add"));
            browser.waitForText("Only PDF documents and PNG or JPEG images can be attached");
            assertTrue(browser.pageText().contains("No documents yet."));
        }
        assertEquals(0, ApiClient.as("vra.officer").get("/claims/api/claims/" + ref + "/documents").json()
                .getInt("total"));
    }
}
