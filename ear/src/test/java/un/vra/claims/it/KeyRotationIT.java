package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The online key rotation over HTTP: the test domain starts with key 1 current and key 2 configured beside it
 * (ear/pom.xml). Data written under key 1, and a value in the format from before key ids, are read after a
 * rotation to key 2, nothing remains under key 1, and key 1 can then be retired, not before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyRotationIT {

    private static final String ROTATION = "/claims/api/admin/encryption/rotation";
    private static final String[] ENCRYPTED = {
        "claim.claimant_name",
        "claim.claimant_contact",
        "claim.wishes",
        "claim.father_name",
        "claim.father_service_number",
        "claim.father_unit",
        "claim_child.name",
        "claim_event.details",
        "claim_event.on_behalf_of",
        "claim_document.file_name",
        "claim_document.description",
        "account.totp_secret",
        "contact_log.contact_note",
        "claimant_consent.consent_note"
    };

    private final ApiClient admin = ApiClient.as("vra.admin");
    private final ApiClient officer = ApiClient.as("vra.officer");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void dataUnderKeyOneReadsAfterAnOnlineRotationToKeyTwoAndKeyOneIsThenRetired() throws Exception {
        assertEquals(1, admin.get(ROTATION).json().getInt("currentKeyId"), "the test domain starts on key 1");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM.replace("Amina Example", "Rotation Claimant"));
        assertEquals(
                200,
                officer.act(
                                ref,
                                "ADD_COMMENT",
                                officer.version(ref),
                                "{\"text\":\"Before the rotation\",\"onBehalfOf\":\"Rotation Behalf\"}")
                        .status());
        String document = DocumentsIT.attach(officer, ref);
        assertEquals(
                201,
                ContactLogIT.record(
                                officer,
                                ref,
                                "contacts",
                                ContactLogIT.contact("2024-03-02", "PHONE", "REACHED", "Contact before the rotation"))
                        .status());
        assertEquals(
                201,
                ContactLogIT.record(
                                officer,
                                ref,
                                "consents",
                                "{\"kind\":\"BE_CONTACTED\",\"decision\":"
                                        + "\"GIVEN\",\"decidedOn\":\"2024-03-02\",\"note\":\"Consent before the rotation\"}")
                        .status());
        byte[] large = Arrays.copyOf(DocumentsIT.PDF, 10 * 1024 * 1024);
        byte[] noise = new byte[large.length - DocumentsIT.PDF.length];
        new Random(7).nextBytes(noise);
        System.arraycopy(noise, 0, large, DocumentsIT.PDF.length, noise.length);
        ApiClient.Reply attached = officer.upload(
                "/claims/api/claims/" + ref + "/documents",
                String.valueOf(officer.version(ref)),
                "large scan.pdf",
                large,
                "Ten mebibytes");
        assertEquals(201, attached.status(), attached.response().body());
        String largeDocument =
                String.valueOf(attached.json().getJsonNumber("id").longValue());
        writeInTheFirstFormat(ref, "Wish stored before key ids");
        assertEquals("Wish stored before key ids", wishes(ref), "a value of the first format reads as key 1's");
        assertTrue(valuesUnder(1) > 0);

        ApiClient.Reply early = admin.post("/claims/api/admin/encryption/keys/1/retire", "");
        assertEquals(409, early.status(), early.response().body());
        assertEquals("KEY_IN_USE", early.json().getString("code"));

        officer.register(ChildFingerprintsIT.sameChild("TUV", "Amina Rotation"));
        assertEquals(1, ChildFingerprintsIT.children("TUV"), "no other test names TUV");

        ApiClient.Reply started = admin.post(ROTATION, "{\"targetKeyId\":2}");
        assertEquals(202, started.status(), started.response().body());
        assertEquals(2, started.json().getInt("targetKeyId"));
        assertEquals(2, admin.get(ROTATION).json().getInt("currentKeyId"), "new values go under key 2 at once");
        String during = officer.register(ClaimLifecycleIT.FULL_CLAIM.replace("Amina Example", "During Rotation"));
        officer.register(ChildFingerprintsIT.sameChild("TUV", " amina ROTATION"));
        assertEquals("During Rotation", claimantName(during), "the register answers while the rotation runs");
        JsonObject finished = finished();
        assertEquals("FINISHED", finished.getJsonObject("rotation").getString("status"), finished.toString());
        assertTrue(finished.getJsonObject("rotation").getInt("valuesRewritten") > 0);

        assertEquals(0, valuesUnder(1), "no value remains under key 1");
        List<String> fingerprints = ChildFingerprintsIT.fingerprints("TUV");
        assertEquals(2, fingerprints.size());
        assertTrue(fingerprints.get(0).startsWith("2:"), fingerprints.toString());
        assertEquals(fingerprints.get(0), fingerprints.get(1), "the fingerprint under key 1 is computed under key 2");
        assertEquals(1, ChildFingerprintsIT.children("TUV"), "the rotation keeps the child counted once");
        assertNothingUnderKeyOneInTheDatabase();
        for (JsonValue column : finished.getJsonArray("columns")) {
            JsonObject values = column.asJsonObject().getJsonObject("values");
            assertTrue(values.keySet().stream().allMatch("2"::equals), column.toString());
        }
        assertEquals("Rotation Claimant", claimantName(ref));
        assertEquals("Wish stored before key ids", wishes(ref));
        String timeline = officer.get("/claims/api/claims/" + ref + "/timeline")
                .response()
                .body();
        assertTrue(timeline.contains("Before the rotation") && timeline.contains("Rotation Behalf"), timeline);
        assertTrue(
                officer.get("/claims/api/claims/" + ref + "/contacts")
                        .response()
                        .body()
                        .contains("Contact before the rotation"),
                "the contact log is re-encrypted");
        assertTrue(
                officer.get("/claims/api/claims/" + ref + "/consents")
                        .response()
                        .body()
                        .contains("Consent before the rotation"),
                "the consents are re-encrypted");
        assertArrayEquals(
                DocumentsIT.PDF,
                officer.download("/claims/api/claims/" + ref + "/documents/" + document)
                        .body());
        assertArrayEquals(
                large,
                officer.download("/claims/api/claims/" + ref + "/documents/" + largeDocument)
                        .body(),
                "a document at the size limit is re-encrypted whole");
        List<String> duplicates = officer
                .post(
                        "/claims/api/claims/duplicates",
                        ClaimLifecycleIT.FULL_CLAIM
                                .replace("Amina Example", "  ROTATION claimant ")
                                .replace("SEA-2024-017", "SEA-OTHER"))
                .json()
                .getJsonArray("probableDuplicates")
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();
        assertTrue(duplicates.contains(ref), "the blind index finds the claimant under key 2: " + duplicates);

        JsonObject again = admin.post(ROTATION, "{\"targetKeyId\":2}").json();
        JsonObject resumed = finished();
        assertEquals("FINISHED", resumed.getJsonObject("rotation").getString("status"));
        assertEquals(
                0,
                resumed.getJsonObject("rotation").getInt("valuesRewritten"),
                "a second rotation to the same key skips every value already under it: " + again);

        assertEquals(
                409,
                admin.post("/claims/api/admin/encryption/keys/2/retire", "").status(),
                "key 2 is current");
        ApiClient.Reply retired = admin.post("/claims/api/admin/encryption/keys/1/retire", "");
        assertEquals(200, retired.status(), retired.response().body());
        JsonObject keyOne = retired.json().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(key -> key.getInt("keyId") == 1)
                .findFirst()
                .orElseThrow();
        assertTrue(keyOne.getBoolean("retired"));
        assertEquals(400, admin.post(ROTATION, "{\"targetKeyId\":1}").status(), "a retired key is never used again");
        assertEquals(
                404,
                admin.post("/claims/api/admin/encryption/keys/99/retire", "").status());
        assertEquals("Rotation Claimant", claimantName(ref));
        JsonObject ready = ApiClient.anonymous().get("/health/ready").json();
        assertEquals("UP", ready.getString("status"));
        assertTrue(
                ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                        .anyMatch(check ->
                                "encryption".equals(check.getString("name")) && "UP".equals(check.getString("status"))),
                ready.toString());

        String events = ApiClient.as("auditor")
                .get("/claims/api/audit/sign-ins?outcome=ENCRYPTION_KEYS&size=100")
                .response()
                .body();
        for (String logged : List.of("started", "batch of claim_event", "finished", "key 1 retired")) {
            assertTrue(events.contains(logged), logged + " is a security event: " + events);
        }
    }

    @Test
    void onlyAVraAdministratorReachesTheKeys() {
        assertEquals(403, officer.get(ROTATION).status());
        assertEquals(
                403,
                ApiClient.as("auditor").post(ROTATION, "{\"targetKeyId\":2}").status());
        assertEquals(401, ApiClient.anonymous().get(ROTATION).status());
        assertEquals(400, admin.post(ROTATION, "{\"targetKeyId\":\"two\"}").status());
        assertEquals(400, admin.post(ROTATION, "{\"targetKeyId\":99}").status());
        assertEquals(
                400,
                admin.post("/claims/api/admin/encryption/keys/one/retire", "").status());
    }

    private JsonObject finished() throws InterruptedException {
        return ChildFingerprintsIT.finished(admin);
    }

    private long valuesUnder(int keyId) {
        return admin.get(ROTATION).json().getJsonArray("keys").getValuesAs(JsonObject.class).stream()
                .filter(key -> key.getInt("keyId") == keyId)
                .mapToLong(key -> key.getJsonNumber("values").longValue())
                .sum();
    }

    private String claimantName(String ref) {
        return officer.get("/claims/api/claims/" + ref)
                .json()
                .getJsonObject("claimant")
                .getString("name");
    }

    private String wishes(String ref) {
        return officer.get("/claims/api/claims/" + ref)
                .json()
                .getJsonObject("wishes")
                .getString("notes");
    }

    /** Stores the wishes as the converter before key ids did: AES-GCM under key 1, "v1:" and base64. */
    private static void writeInTheFirstFormat(String ref, String wishes) throws SQLException, GeneralSecurityException {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.ENCRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(System.getenv("CLAIMS_ENCRYPTION_KEY")), "AES"),
                new GCMParameterSpec(128, nonce));
        byte[] sealed = cipher.doFinal(wishes.getBytes(StandardCharsets.UTF_8));
        String stored = "v1:"
                + Base64.getEncoder()
                        .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                                .put(nonce)
                                .put(sealed)
                                .array());
        try (Connection connection = TestDatabase.connect();
                PreparedStatement update =
                        connection.prepareStatement("UPDATE claim SET wishes = ? WHERE reference = ?")) {
            update.setString(1, stored);
            update.setString(2, ref);
            assertEquals(1, update.executeUpdate());
        }
    }

    /**
     * Straight from the tables: no value in the first format or under key 1, and every blind index (claimants'
     * names', children's fingerprints) under key 2.
     */
    private static void assertNothingUnderKeyOneInTheDatabase() throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            for (String column : ENCRYPTED) {
                String[] parts = column.split("\\.");
                assertEquals(
                        0,
                        count(
                                connection,
                                "SELECT COUNT(*) FROM " + parts[0] + " WHERE " + parts[1] + " LIKE 'v1:%' OR "
                                        + parts[1] + " LIKE 'v2:1:%'"),
                        column);
            }
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM claim_document_content WHERE key_id <> 2"));
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM claim WHERE claimant_name_index NOT LIKE '2:%'"));
            assertEquals(0, count(connection, "SELECT COUNT(*) FROM claim_child WHERE fingerprint NOT LIKE '2:%'"));
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql);
                ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
