package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import un.vra.claims.it.pages.ActionDialog;
import un.vra.claims.it.pages.ClaimFilePage;

/**
 * Every piece of personal data written through the API and the pages is encrypted at rest: a dump of the whole
 * database by the real {@code mariadb-dump} holds none of the distinctive texts this test writes, though the
 * application reads every one of them back.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataAtRestIT {

    private static final String MARK = "Atrest" + System.nanoTime() % 100000;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aDumpOfTheDatabaseHoldsNoneOfThePersonalDataWrittenThroughTheApiAndThePages()
            throws IOException, InterruptedException, SQLException {
        List<String> secrets = new ArrayList<>();
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM
                .replace("Amina Example", secret(secrets, "Zoë Claimant" + MARK))
                .replace("+243 000 000", secret(secrets, "contact-" + MARK + "@example.org"))
                .replace("Baby Example", secret(secrets, "Imani Child" + MARK))
                .replace("Prefers contact through the field office", secret(secrets, "Wish " + MARK + " only mornings"))
                .replace("Sgt. Example", secret(secrets, "Sgt. Father" + MARK))
                .replace("NA-123", secret(secrets, "SN-" + MARK))
                .replace("Battalion 7", secret(secrets, "Unit " + MARK)));
        act(officer, ref, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-" + MARK + "\"}");
        act(
                officer,
                ref,
                "ACKNOWLEDGE",
                "{\"note\":\"" + secret(secrets, "Ack note " + MARK) + "\",\"onBehalfOf\":\""
                        + secret(secrets, "Behalf Person " + MARK) + "\"}");
        act(officer, ref, "START_DNA_TEST", "{\"kitId\":\"K-AR\",\"laboratory\":\"Lab AR\"}");
        act(
                officer,
                ref,
                "RECORD_SAMPLE_COLLECTION",
                "{\"kitId\":\"K-AR\",\"subject\":\"CHILD\",\"collectedBy\":\""
                        + secret(secrets, "Collector " + MARK) + "\",\"place\":\""
                        + secret(secrets, "Sample place " + MARK)
                        + "\",\"identityCheck\":\"PASSPORT\",\"sealNumber\":\"S-AR\"}");
        act(officer, ref, "ADD_COMMENT", "{\"text\":\"" + secret(secrets, "Comment text " + MARK) + "\"}");
        act(officer, ref, "PUT_ON_HOLD", "{\"reason\":\"" + secret(secrets, "Hold reason " + MARK) + "\"}");
        act(officer, ref, "RESUME", "{}");
        act(
                officer,
                ref,
                "CLOSE",
                "{\"reason\":\"WITHDRAWN\",\"note\":\"" + secret(secrets, "Close note " + MARK) + "\"}");
        act(officer, ref, "REOPEN", "{\"reason\":\"" + secret(secrets, "Reopen reason " + MARK) + "\"}");
        byte[] pdf = new String(DocumentsIT.PDF, StandardCharsets.ISO_8859_1)
                .replace("%PDF-1.4\n", "%PDF-1.4\n% " + secret(secrets, "Document bytes " + MARK) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(
                201,
                officer.upload(
                                "/claims/api/claims/" + ref + "/documents",
                                String.valueOf(officer.version(ref)),
                                secret(secrets, "Report " + MARK) + ".pdf",
                                pdf,
                                secret(secrets, "Description " + MARK))
                        .status());
        assertEquals(
                201,
                ContactLogIT.record(
                                officer,
                                ref,
                                "consents",
                                "{\"kind\":\"BE_CONTACTED\",\"decision\":"
                                        + "\"GIVEN\",\"decidedOn\":\"2024-03-02\",\"note\":\""
                                        + secret(secrets, "Consent note " + MARK) + "\"}")
                        .status());
        assertEquals(
                201,
                ContactLogIT.record(
                                officer,
                                ref,
                                "contacts",
                                ContactLogIT.contact(
                                        "2024-03-03", "IN_PERSON", "REACHED", secret(secrets, "Contact note " + MARK)))
                        .status());
        String fromPages = registerAndCommentThroughThePages(secrets);

        JsonObject claim = officer.get("/claims/api/claims/" + ref).json();
        assertEquals("Zoë Claimant" + MARK, claim.getJsonObject("claimant").getString("name"));
        assertEquals("Unit " + MARK, claim.getJsonObject("allegedFather").getString("unit"));
        String timeline = officer.get("/claims/api/claims/" + ref + "/timeline")
                .response()
                .body();
        for (String written : List.of("Behalf Person ", "Sample place ", "Comment text ", "Close note ")) {
            assertTrue(timeline.contains(written + MARK), written + " reads back");
        }
        JsonObject document = officer.get("/claims/api/claims/" + ref + "/documents")
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("Report " + MARK + ".pdf", document.getString("fileName"));
        assertEquals("Description " + MARK, document.getString("description"));
        assertArrayEquals(
                pdf,
                officer.download("/claims/api/claims/" + ref + "/documents/" + document.getJsonNumber("id"))
                        .body());
        assertTrue(
                body(officer, "/claims/api/claims/" + fromPages + "/timeline").contains("Page comment " + MARK),
                "the comment from the page reads back");
        assertTrue(
                body(officer, "/claims/api/claims/" + ref + "/contacts").contains("Contact note " + MARK),
                "the contact's note reads back");
        assertTrue(
                body(officer, "/claims/api/claims/" + ref + "/consents").contains("Consent note " + MARK),
                "the consent's note reads back");

        String dump = TestDatabase.dump();
        assertTrue(
                dump.contains("INSERT INTO `claim_event`")
                        && dump.contains("INSERT INTO `claim_document_content`")
                        && dump.contains("INSERT INTO `contact_log`")
                        && dump.contains("INSERT INTO `claimant_consent`"),
                "the dump holds the timeline, the documents, the contact log and the consents");
        assertTrue(dump.contains("'v2:"), "encrypted values, with their key id, are in the dump");
        for (String secret : secrets) {
            String asDumped = new String(secret.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            assertFalse(dump.contains(asDumped), secret + " appears in clear in the dump");
        }
        assertFalse(dump.contains(MARK), "nothing this test wrote appears in clear, not even in part");
        assertStoredUnderAKeyId(ref);
    }

    /** Registers a claim on the register page and comments it in the claim file's dialog, as an officer does. */
    private static String registerAndCommentThroughThePages(List<String> secrets) {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.click(By.id("nav-new-claim"));
            browser.select(By.id("register:mission"), "MONUSCO");
            browser.select(By.id("register:category"), "Military contingent");
            browser.select(By.id("register:member-state"), "NPL");
            browser.type(By.id("register:claimant-name"), secret(secrets, "Page Claimant " + MARK));
            browser.type(By.id("register:claimant-contact"), secret(secrets, "page-" + MARK + "@example.org"));
            browser.type(By.id("register:wishes"), secret(secrets, "Page wish " + MARK));
            browser.type(By.cssSelector("[id$='child-name']"), secret(secrets, "Page Child " + MARK));
            browser.type(By.cssSelector("[id$='child-year']"), "2022");
            browser.select(By.cssSelector("select[id$='child-sex']"), "Female");
            browser.type(By.id("register:father-name"), secret(secrets, "Page Father " + MARK));
            browser.type(By.id("register:father-service-number"), secret(secrets, "PSN-" + MARK));
            browser.type(By.id("register:father-unit"), secret(secrets, "Page Unit " + MARK));
            browser.click(By.id("register:submit"));
            browser.waitForText("The claim was registered.");
            browser.waitFor(By.id("status"));
            String ref = browser.title().replaceAll(".*(PC-\\d{4}-\\d{4}).*", "$1");
            ActionDialog comment = ClaimFilePage.shown(browser)
                    .action("ADD_COMMENT")
                    .type("text", secret(secrets, "Page comment " + MARK));
            browser.type(By.id("action-form:on-behalf-of"), secret(secrets, "Page Behalf " + MARK));
            comment.record();
            return ref;
        }
    }

    /** Every encrypted column of the two claims holds values sealed in the key-id format, never in clear. */
    private static void assertStoredUnderAKeyId(String ref) throws SQLException {
        try (Connection connection = TestDatabase.connect();
                PreparedStatement select = connection.prepareStatement("SELECT c.claimant_name, c.claimant_contact,"
                        + " c.wishes, c.father_name, c.father_service_number, c.father_unit, k.name, e.details,"
                        + " d.file_name, d.description FROM claim c JOIN claim_child k ON k.claim_id = c.id"
                        + " JOIN claim_event e ON e.claim_id = c.id AND e.action = 'ADD_DOCUMENT'"
                        + " JOIN claim_document d ON d.claim_id = c.id WHERE c.reference = ?")) {
            select.setString(1, ref);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                for (int column = 1; column <= 10; column++) {
                    assertTrue(row.getString(column).matches("v2:[0-9]+:[A-Za-z0-9+/=]+"), row.getString(column));
                }
            }
        }
    }

    private static void act(ApiClient officer, String ref, String action, String body) {
        ApiClient.Reply reply = officer.act(ref, action, officer.version(ref), body);
        assertEquals(200, reply.status(), action + ": " + reply.response().body());
    }

    private static String secret(List<String> secrets, String text) {
        secrets.add(text);
        return text;
    }

    private static String body(ApiClient client, String path) {
        return client.get(path).response().body();
    }
}
