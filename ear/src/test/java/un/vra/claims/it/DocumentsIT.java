package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Documents on a claim over HTTP: attach, list, download, the content and size checks, and each State's scope. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentsIT {

    /** A small but real PDF: one empty page. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                    + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                    + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                    + "trailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    private static final int TEN_MIB = 10 * 1024 * 1024;

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");
    private final ApiClient southAfrica = ApiClient.as("focal.zaf");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String documents(String reference) {
        return "/claims/api/claims/" + reference + "/documents";
    }

    /** Attaches {@link #PDF} to a claim as the client, at the claim's current version; returns the document's id. */
    static String attach(ApiClient client, String reference) {
        return attach(client, reference, false);
    }

    /**
     * Attaches {@link #PDF} like {@link #attach(ApiClient, String)}, shared with the claim's State or not; sharing
     * needs the claimant's consent, which the officer records first.
     */
    static String attach(ApiClient client, String reference, boolean sharedWithMemberState) {
        if (sharedWithMemberState) {
            consentToSharing(reference, "GIVEN");
        }
        ApiClient.Reply added = client.uploadWithParts(
                documents(reference),
                String.valueOf(client.version(reference)),
                "attached.pdf",
                PDF,
                Map.of("shareWithMemberState", String.valueOf(sharedWithMemberState)));
        assertEquals(201, added.status(), added.response().body());
        return String.valueOf(added.json().getJsonNumber("id").longValue());
    }

    /** Records, as the officer, the claimant's consent to share her claim's documents with the State, or its withdrawal. */
    static void consentToSharing(String reference, String decision) {
        ApiClient.Reply recorded = ApiClient.as("vra.officer")
                .post(
                        "/claims/api/claims/" + reference + "/consents",
                        "{\"kind\":\"SHARE_DOCUMENTS\",\"decision\":\"" + decision + "\",\"decidedOn\":\""
                                + LocalDate.now() + "\"}");
        assertEquals(201, recorded.status(), recorded.response().body());
    }

    private List<String> timelineActions(String reference) {
        return officer.get("/claims/api/claims/" + reference + "/timeline").json().getJsonArray("events").stream()
                .map(event -> event.asJsonObject().getString("action"))
                .toList();
    }

    private static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void anOfficerAttachesAPdfListsItAndDownloadsTheSameBytes() throws NoSuchAlgorithmException {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        long version = officer.version(ref);
        ApiClient.Reply added = officer.upload(
                documents(ref), String.valueOf(version), "Lab report K-1.pdf", PDF, "Laboratory report, kit K-1");
        assertEquals(201, added.status(), added.response().body());
        JsonObject document = added.json();
        String id = String.valueOf(document.getJsonNumber("id").longValue());
        assertTrue(added.header("Location").endsWith(documents(ref) + "/" + id), added.header("Location"));
        assertEquals("\"" + (version + 1) + "\"", added.header("ETag"));
        assertEquals(version + 1, officer.version(ref), "attaching moves the claim's version like any action");
        assertEquals("Lab report K-1.pdf", document.getString("fileName"));
        assertEquals("application/pdf", document.getString("mediaType"));
        assertEquals(PDF.length, document.getJsonNumber("size").intValue());
        assertEquals(sha256(PDF), document.getString("sha256"));
        assertEquals("Laboratory report, kit K-1", document.getString("description"));
        assertEquals("vra.officer", document.getString("uploadedBy"));
        assertEquals("VRA_OFFICER", document.getString("uploadedByRole"));

        JsonObject page = officer.get(documents(ref)).json();
        assertEquals(1, page.getInt("total"));
        assertEquals(document, page.getJsonArray("items").getJsonObject(0));

        HttpResponse<byte[]> download = officer.download(documents(ref) + "/" + id);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertEquals(
                "application/pdf", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(
                "attachment; filename=\"Lab report K-1.pdf\"; filename*=UTF-8''Lab%20report%20K-1.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals(
                "nosniff",
                download.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(download.headers().firstValue("Cache-Control").orElseThrow().contains("no-store"));

        JsonObject event = officer.get("/claims/api/claims/" + ref + "/timeline")
                .json()
                .getJsonArray("events")
                .getJsonObject(1);
        assertEquals("ADD_DOCUMENT", event.getString("action"));
        assertEquals("RECEIVED", event.getString("statusAfter"));
        assertEquals("Lab report K-1.pdf", event.getJsonObject("details").getString("fileName"));
        assertEquals(sha256(PDF), event.getJsonObject("details").getString("sha256"));
        assertEquals(String.valueOf(PDF.length), event.getJsonObject("details").getString("size"));
        assertTrue(
                ApiClient.as("auditor")
                        .get("/claims/api/audit/access?reference=" + ref + "&user=vra.officer")
                        .response()
                        .body()
                        .contains("document " + id + " (application/pdf)"),
                "the download is logged");
    }

    @Test
    void aTextFileNamedPdfIsRefusedWith422AndNothingIsStored() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        long version = officer.version(ref);
        ApiClient.Reply refused = officer.upload(
                documents(ref),
                String.valueOf(version),
                "report.pdf",
                "This is plain text, whatever its name says.".getBytes(StandardCharsets.UTF_8),
                null);
        assertEquals(422, refused.status(), refused.response().body());
        assertEquals("DOCUMENT_REJECTED", refused.json().getString("code"));
        assertEquals(
                "file",
                refused.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        assertTrue(
                refused.json().getString("message").contains("PNG or JPEG"),
                refused.response().body());
        assertTrue(
                refused.json()
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("PDF, PNG or JPEG"),
                refused.response().body());
        ApiClient.Reply empty = officer.upload(documents(ref), String.valueOf(version), "empty.pdf", new byte[0], null);
        assertEquals(422, empty.status(), empty.response().body());
        assertEquals(0, officer.get(documents(ref)).json().getInt("total"));
        assertEquals(List.of("REGISTER"), timelineActions(ref));
        assertEquals(version, officer.version(ref));
    }

    @Test
    void aFileOverTheLimitIsRefusedWith413AndOneAtTheLimitIsTaken() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        byte[] tooLarge = Arrays.copyOf(PDF, TEN_MIB + 1);
        ApiClient.Reply refused =
                officer.upload(documents(ref), String.valueOf(officer.version(ref)), "big.pdf", tooLarge, null);
        assertEquals(413, refused.status(), refused.response().body());
        assertEquals("DOCUMENT_TOO_LARGE", refused.json().getString("code"));
        assertEquals(List.of("REGISTER"), timelineActions(ref));
        ApiClient.Reply atLimit = officer.upload(
                documents(ref), String.valueOf(officer.version(ref)), "big.pdf", Arrays.copyOf(PDF, TEN_MIB), null);
        assertEquals(201, atLimit.status(), atLimit.response().body());
        String id = String.valueOf(atLimit.json().getJsonNumber("id").longValue());
        assertEquals(TEN_MIB, officer.download(documents(ref) + "/" + id).body().length);
    }

    @Test
    void anotherStatesFocalPointFindsNoSuchClaimToListDownloadOrAttachTo() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        officer.act(ref, "NOTIFY_MEMBER_STATE", officer.version(ref), "{\"noteVerbaleReference\":\"NV-D\"}");
        String id = attach(officer, ref, true);
        String version = String.valueOf(officer.version(ref));
        assertEquals(404, southAfrica.get(documents(ref)).status());
        assertEquals(404, southAfrica.download(documents(ref) + "/" + id).statusCode());
        assertEquals(
                404,
                southAfrica.upload(documents(ref), version, "x.pdf", PDF, null).status());
        assertEquals(
                List.of("REGISTER", "NOTIFY_MEMBER_STATE", "NOTE_VERBALE_SENT", "ADD_DOCUMENT"),
                timelineActions(ref),
                "nothing was written but the notification's note verbale and the document");

        assertEquals(2, nepal.get(documents(ref)).json().getInt("total"), "the document and the note verbale");
        assertArrayEquals(PDF, nepal.download(documents(ref) + "/" + id).body());
        String own = attach(nepal, ref);
        JsonObject listed = nepal.get(documents(ref)).json();
        assertEquals(3, listed.getInt("total"));
        assertEquals(
                own,
                String.valueOf(listed.getJsonArray("items")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue()),
                "newest first");
        assertEquals(
                "Member State",
                listed.getJsonArray("items").getJsonObject(0).getString("uploadedBy"),
                "the State reads parties, not accounts");
        assertEquals(
                "focal.npl",
                officer.get(documents(ref))
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("uploadedBy"));
        JsonObject refusals = ApiClient.as("auditor")
                .get("/claims/api/audit/sign-ins?outcome=OTHER_STATE_REFUSED&user=focal.zaf&size=200")
                .json();
        assertEquals(
                3,
                refusals.getJsonArray("items").stream()
                        .filter(item -> ref.equals(item.asJsonObject().getString("detail")))
                        .count(),
                "each attempt is recorded: " + refusals);
    }

    @Test
    void attachingNeedsTheCurrentVersionAndADocumentBelongsToItsOwnClaim() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String other = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String id = attach(officer, ref);
        ApiClient.Reply missing = officer.upload(documents(ref), null, "x.pdf", PDF, null);
        assertEquals(428, missing.status());
        ApiClient.Reply stale = officer.upload(documents(ref), "0", "x.pdf", PDF, null);
        assertEquals(412, stale.status());
        assertEquals("STALE_VERSION", stale.json().getString("code"));
        assertEquals(404, officer.download(documents(other) + "/" + id).statusCode());
        assertEquals(404, officer.download(documents(ref) + "/999999999").statusCode());
        assertEquals(403, ApiClient.as("taskforce").get(documents(ref)).status());
        assertEquals(1, officer.get(documents(ref)).json().getInt("total"));
    }

    @Test
    void theNameIsMadeSafeAndOfferedInAsciiAndInUtf8() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        ApiClient.Reply traversal =
                officer.upload(documents(ref), String.valueOf(officer.version(ref)), "../../etc/passwd", PDF, null);
        assertEquals("passwd.pdf", traversal.json().getString("fileName"));
        ApiClient.Reply accented = officer.upload(
                documents(ref), String.valueOf(officer.version(ref)), "Résultat d'analyse.pdf", PDF, null);
        String id = String.valueOf(accented.json().getJsonNumber("id").longValue());
        assertEquals(
                "attachment; filename=\"Resultat d'analyse.pdf\"; "
                        + "filename*=UTF-8''R%C3%A9sultat%20d%27analyse.pdf",
                officer.download(documents(ref) + "/" + id)
                        .headers()
                        .firstValue("Content-Disposition")
                        .orElseThrow());
    }
}
