package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.it.pages.ActionDialog;
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PortalHomePage;
import un.vra.claims.it.pages.RegisterPage;
import un.vra.claims.it.pages.SignInPage;

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

    @Test
    void anOfficerOpensAClaimFromTheRegisterAndNotifiesTheMemberState() {
        String reference = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = RegisterPage.shown(browser).openClaim(reference);
            assertEquals("Received", file.status());
            assertTrue(file.claimant().contains("Amina Example"));
            file.action("NOTIFY_MEMBER_STATE")
                    .type("noteVerbaleReference", "NV/2026/7")
                    .record();
            assertEquals("Notified to the State", file.status());
            assertTrue(file.shows("Note verbale: NV/2026/7"));
        }
        assertTrue(ApiClient.as("auditor")
                .get("/claims/api/audit/access?reference=" + reference + "&user=vra.officer")
                .response()
                .body()
                .contains("\"channel\":\"PAGE\""));
    }

    @Test
    void theDnaAndSupportPanelsShowTheChainOfCustodyAndWhatWasPaid() {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM.replace("MILITARY_CONTINGENT", "CIVILIAN"));
        for (String[] step : new String[][] {
            {"START_DNA_TEST", "{\"kitId\":\"K-P\",\"laboratory\":\"Lab P\"}"},
            {
                "RECORD_SAMPLE_COLLECTION",
                "{\"kitId\":\"K-P\",\"subject\":\"CHILD\",\"collectedBy\":\"N\","
                        + "\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"SEAL-C\"}"
            },
            {
                "RECORD_SAMPLE_COLLECTION",
                "{\"kitId\":\"K-P\",\"subject\":\"ALLEGED_FATHER\",\"collectedBy\":\"D\","
                        + "\"place\":\"P\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"SEAL-F\"}"
            },
            {"RECORD_CUSTODY_TRANSFER", "{\"sealNumber\":\"SEAL-F\",\"from\":\"Doctor\",\"to\":\"Courier\"}"},
            {"RECORD_LAB_RECEIPT", "{\"kitId\":\"K-P\",\"laboratory\":\"Lab P\",\"sealsIntact\":true}"},
            {
                "RECORD_DNA_RESULT",
                "{\"kitId\":\"K-P\",\"laboratory\":\"Lab P\",\"conclusion\":\"INCLUSION\","
                        + "\"probabilityOfPaternity\":99.9}"
            },
            {
                "ARRANGE_SUPPORT",
                "{\"kind\":\"AGREEMENT\",\"amount\":80,\"currency\":\"USD\",\"frequency\":\"MONTHLY\","
                        + "\"startsOn\":\"2026-01-01\"}"
            },
            {"RECORD_PAYMENT", "{\"amount\":80,\"currency\":\"USD\"}"}
        }) {
            assertEquals(
                    200,
                    officer.act(ref, step[0], officer.version(ref), step[1]).status(),
                    step[0]);
        }
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, ref);
            assertEquals("SEAL-C", file.childSeal());
            assertEquals("SEAL-F", file.fatherSeal());
            String handOver = file.custodyEntry("RECORD_CUSTODY_TRANSFER");
            assertTrue(handOver.contains("Seal number: SEAL-F") && handOver.contains("To: Courier"), handOver);
            String result = file.custodyEntry("RECORD_DNA_RESULT");
            assertTrue(
                    result.contains("Conclusion: Inclusion") && result.contains("Probability of paternity (%): 99.9"),
                    result);
            assertEquals("80.00 USD", file.supportPaid());
            long monthsDue = ChronoUnit.MONTHS.between(LocalDate.of(2026, 1, 1), LocalDate.now(ZoneOffset.UTC)) + 1;
            assertEquals(monthsDue * 80 + ".00 USD", file.supportDue());
            assertEquals((monthsDue - 1) * 80 + ".00 USD", file.supportArrears());
            assertEquals("80.00 USD", file.moneyEntry("RECORD_PAYMENT"));
            assertLanguagesOwnDetailsAndShareChoice(browser, file, "en", "; ", "Yes", "No");
        }
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, ref);
            String result = file.custodyEntry("RECORD_DNA_RESULT");
            assertTrue(result.contains("Conclusion : Inclusion"), "a space before the colon in French: " + result);
            browser.width(1280);
            browser.screenshot("claim-file-dna-support-fr");
        }
        try (Browser browser = new Browser("ar")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, ref);
            assertLanguagesOwnDetailsAndShareChoice(browser, file, "ar", "\u061b ", "نعم", "لا");
        }
    }

    /**
     * The hand-over's details joined with the language's {@code separator}, nothing after a timeline entry's last
     * detail, and the share choice starting at "No"; saves the file's screenshots in {@code language}.
     */
    private static void assertLanguagesOwnDetailsAndShareChoice(
            Browser browser, ClaimFilePage file, String language, String separator, String yes, String no) {
        String handOver = file.custodyEntry("RECORD_CUSTODY_TRANSFER");
        assertTrue(handOver.endsWith(HAND_OVER.get(language)), handOver);
        assertNothingAfterTheLastDetail(file, separator);
        browser.width(1280);
        browser.screenshot("claim-file-dna-support-" + language);
        assertTheShareChoiceStartsAtNo(file.action("ADD_COMMENT"), yes, no);
        browser.screenshot("claim-file-comment-" + language);
    }

    /** The hand-over's details on the chain of custody, joined as each language separates labelled fields. */
    private static final Map<String, String> HAND_OVER = Map.of(
            "en", "Seal number: SEAL-F; From: Doctor; To: Courier",
            "ar", "رقم الختم: SEAL-F\u061b من: Doctor\u061b إلى: Courier");

    /**
     * Each step's details on the timeline end with the last of them, never with a separator; the payment's amount
     * follows its details after the language's separator.
     */
    private static void assertNothingAfterTheLastDetail(ClaimFilePage file, String separator) {
        List<String> steps = file.timelineDetails();
        for (String details : steps) {
            assertFalse(details.strip().endsWith(separator.strip()), "a separator after the last detail: " + details);
        }
        assertTrue(steps.stream().anyMatch(details -> details.endsWith(separator + "80.00 USD")), steps.toString());
    }

    /** Sharing a comment with the State is a yes or no that starts at "No", with no empty choice before it. */
    private static void assertTheShareChoiceStartsAtNo(ActionDialog comment, String yes, String no) {
        assertEquals(List.of(yes, no), comment.options("shareWithMemberState"));
        assertEquals(no, comment.chosen("shareWithMemberState"));
    }

    @Test
    void theRegisterFiltersByTextAndStatusInTheDatabase() {
        ApiClient officer = ApiClient.as("vra.officer");
        String tag = "SEA-F" + System.nanoTime() % 100000000;
        String withTag =
                ClaimsApiIT.NEPAL_CLAIM.replace("\"mission\"", "\"allegationReference\":\"" + tag + "\",\"mission\"");
        String received = officer.register(withTag);
        String notified = officer.register(withTag);
        officer.act(notified, "NOTIFY_MEMBER_STATE", officer.version(notified), "{\"noteVerbaleReference\":\"NV\"}");
        assertEquals(2, officer.get("/claims/api/claims?q=" + tag).json().getInt("total"));
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            RegisterPage register = RegisterPage.shown(browser)
                    .searchFor(tag)
                    .withStatus("Notified to the State")
                    .applyFiltersExpecting("Claims: 1");
            assertTrue(register.shows(notified));
            assertTrue(!register.shows(received));
            browser.width(1280);
            browser.open("/claims/");
            RegisterPage.shown(browser);
            browser.screenshot("register-1280-en");
            assertTrue(browser.fitsWidth(), "the register fits a 1,280-pixel window");
            assertTrue(browser.cellsShowEverything(".claim-rows"), "no value of the register is cut off");
            assertEquals(List.of(), browser.tablesWiderThanTheirBoxes(), "the register is read without scrolling");
            assertFalse(browser.shownTexts(".claim-rows th").contains("Claimant"), "the pseudonyms start hidden");
            RegisterPage.shown(browser).showColumn("Claimant").searchFor(tag).applyFiltersExpecting("Claims: 2");
            assertTrue(browser.shownTexts(".claim-rows th").contains("Claimant"), "a column shown stays shown");
            List<String> pseudonyms = browser.shownTexts(".claim-rows td .pseudonym");
            assertEquals(2, pseudonyms.size(), pseudonyms.toString());
            assertTrue(pseudonyms.stream().allMatch(pseudonym -> pseudonym.startsWith("CL-")), pseudonyms.toString());
            browser.screenshot("register-1280-en-claimant-shown");
        }
    }

    @Test
    void aFocalPointActsOnItsStatesClaimInThePortalAndAnotherStateCannotOpenIt() {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        officer.act(ref, "NOTIFY_MEMBER_STATE", officer.version(ref), "{\"noteVerbaleReference\":\"NV-P\"}");
        String pseudonym = officer.get("/claims/api/claims/" + ref)
                .json()
                .getJsonObject("claimant")
                .getString("pseudonym");
        try (Browser nepal = new Browser()) {
            SignInPage.signIn(nepal, Page.PORTAL, "focal.npl");
            ClaimFilePage file = PortalHomePage.shown(nepal).openClaim(ref);
            assertEquals("Notified to the State", file.status());
            assertTrue(file.claimant().contains(pseudonym));
            assertTrue(!file.shows("Amina Example"), "no claimant name in the portal");
            assertTrue(!file.shows("Close"), "no VRA action offered to a focal point");
            file.action("ACKNOWLEDGE").type("note", "Focal point on it").record();
            assertEquals("Acknowledged", file.status());
        }
        try (Browser southAfrica = new Browser()) {
            SignInPage.signIn(southAfrica, Page.PORTAL, "focal.zaf");
            ClaimFilePage refused = ClaimFilePage.attemptToOpen(southAfrica, Page.PORTAL, ref);
            refused.waitForText("There is no such claim");
            assertTrue(!refused.shows(pseudonym));
        }
    }

    @Test
    void aRefusedInputIsExplainedAndNothingIsRecorded() {
        String reference = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage file = ClaimFilePage.open(browser, Page.BACK_OFFICE, reference);
            file.action("NOTIFY_MEMBER_STATE")
                    .type("notifiedOn", "2020-01-01")
                    .type("noteVerbaleReference", "NV-early")
                    .submit();
            file.waitForText("before the claim's previous event");
        }
        assertEquals(
                "RECEIVED",
                ApiClient.as("vra.officer")
                        .get("/claims/api/claims/" + reference)
                        .json()
                        .getString("status"));
    }

    @Test
    void whenSomeoneElseChangedTheClaimTheSecondPersonIsToldAndKeepsWhatTheyTyped() {
        String reference = ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Browser first = new Browser();
                Browser second = new Browser()) {
            SignInPage.signIn(first, Page.BACK_OFFICE, "vra.officer");
            SignInPage.signIn(second, Page.BACK_OFFICE, "vra.admin");
            ClaimFilePage firstFile = ClaimFilePage.open(first, Page.BACK_OFFICE, reference);
            ClaimFilePage secondFile = ClaimFilePage.open(second, Page.BACK_OFFICE, reference);
            firstFile.action("ADD_COMMENT").type("text", "first comment").record();
            ActionDialog late = secondFile.action("ADD_COMMENT").type("text", "second comment");
            late.submit();
            secondFile.waitForText("Someone else changed this claim meanwhile");
            late.reloadTheClaim();
            assertEquals("second comment", late.value("text"));
            late.record();
        }
        String timeline = ApiClient.as("vra.officer")
                .get("/claims/api/claims/" + reference + "/timeline")
                .response()
                .body();
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
            SignInPage.signIn(nepal, Page.PORTAL, "focal.npl");
            ClaimFilePage claimFile = ClaimFilePage.open(nepal, Page.PORTAL, ref);
            claimFile.waitForText("note-verbale-VRA-NV-");
            claimFile.attachDocument(file("Résultat labo K-7.pdf", DocumentsIT.PDF), "Laboratory report, kit K-7");
            claimFile.waitForText("Document attached.");
            claimFile.waitForText("Résultat labo K-7.pdf");
            assertTrue(claimFile.shows("Laboratory report, kit K-7"));
            assertTrue(claimFile.shows("File name: Résultat labo K-7.pdf"), "the timeline shows the document");
            JsonObject listed =
                    officer.get("/claims/api/claims/" + ref + "/documents").json();
            assertEquals(2, listed.getInt("total"), "the note verbale of the notification, then the State's");
            JsonObject document = listed.getJsonArray("items").getJsonObject(0);
            assertEquals("focal.npl", document.getString("uploadedBy"));
            assertEquals(DocumentsIT.PDF.length, document.getInt("size"));

            claimFile.downloadFirstDocument();
            String downloaded = "document " + document.getJsonNumber("id") + " (application/pdf)";
            assertTrue(logged(ref, "focal.npl", downloaded), "the download from the page is in the access log");
        }
    }

    /** Whether the access log shows, within a few seconds, that the user read this of the claim. */
    private static boolean logged(String reference, String user, String what) {
        ApiClient auditor = ApiClient.as("auditor");
        for (int attempt = 0; attempt < 20; attempt++) {
            if (auditor.get("/claims/api/audit/access?reference=" + reference + "&user=" + user)
                    .response()
                    .body()
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
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            ClaimFilePage claimFile = ClaimFilePage.open(browser, Page.BACK_OFFICE, ref);
            claimFile.attachDocument(file("notes.pdf", "Plain text, not a PDF.".getBytes(StandardCharsets.UTF_8)));
            claimFile.waitForText("Only PDF documents and PNG or JPEG images can be attached");
            assertTrue(claimFile.shows("No documents yet."));
        }
        assertEquals(
                0,
                ApiClient.as("vra.officer")
                        .get("/claims/api/claims/" + ref + "/documents")
                        .json()
                        .getInt("total"));
    }
}
