package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
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

/**
 * Children counted once across claims although one of them was stored without a fingerprint, as before V90 or by
 * SQL: the backfill (at start, and in every rotation, here a rotation to the current key, which re-encrypts
 * nothing) gives it its fingerprint, and the two claims then count one child. On its own State (Kiribati).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChildFingerprintsIT {

    static final String ROTATION = "/claims/api/admin/encryption/rotation";

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient admin = ApiClient.as("vra.admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aChildStoredWithoutAFingerprintIsGivenOneAndThenCountsOnceAcrossClaims() throws Exception {
        assertEquals(0, children("KIR"), "no other test names KIR");
        officer.register(sameChild("KIR", "Amina Backfill"));
        String older = officer.register(sameChild("KIR", "  AMINA  backfill "));
        assertEquals(1, children("KIR"), "both written with their fingerprint");

        try (Connection connection = TestDatabase.asOwner();
                PreparedStatement erase = connection.prepareStatement("UPDATE claim_child SET fingerprint = NULL"
                        + " WHERE claim_id = (SELECT id FROM claim WHERE reference = ?)")) {
            erase.setString(1, older);
            assertEquals(1, erase.executeUpdate());
        }
        assertEquals(2, children("KIR"), "a child without a fingerprint counts once per claim");

        int current = admin.get(ROTATION).json().getInt("currentKeyId");
        ApiClient.Reply started = admin.post(ROTATION, "{\"targetKeyId\":" + current + "}");
        assertEquals(202, started.status(), started.response().body());
        JsonObject finished = finished(admin);
        assertEquals("FINISHED", finished.getJsonObject("rotation").getString("status"), finished.toString());

        List<String> fingerprints = fingerprints("KIR");
        assertEquals(2, fingerprints.size());
        assertNotNull(fingerprints.get(0));
        assertEquals(fingerprints.get(0), fingerprints.get(1), "the same child, the same fingerprint");
        assertTrue(fingerprints.get(0).startsWith(current + ":"), fingerprints.toString());
        assertEquals(1, children("KIR"), "two claims, one child");

        admin.post(ROTATION, "{\"targetKeyId\":" + current + "}");
        assertEquals(0, finished(admin).getJsonObject("rotation").getInt("valuesRewritten"), "idempotent");
        assertEquals(fingerprints, fingerprints("KIR"));
    }

    /**
     * A child named in two claims with two years of birth is two children, until the one is corrected to the other's
     * year: the correction writes the fingerprint again, and the figures then count the child once.
     */
    @Test
    void aBirthYearCorrectedToTheOtherClaimsMakesTwoChildrenOne() {
        assertEquals(0, children("NRU"), "no other test names NRU");
        officer.register(sameChild("NRU", "Noor Correction"));
        String other = officer.register(sameChild("NRU", "Noor Correction").replace("2020", "2019"));
        assertEquals(2, children("NRU"), "born in two years: two children");

        ApiClient.Reply corrected = admin.send(
                "PUT",
                "/claims/api/claims/" + other + "/children/1/birth",
                "{\"birthYear\":2020}",
                "application/json",
                String.valueOf(admin.version(other)));
        assertEquals(200, corrected.status(), corrected.response().body());
        assertEquals(1, children("NRU"), "the same year: one child");
    }

    /** A claim on the State's route naming the claimant's child "Lea Backfill", born 2020. */
    static String sameChild(String state, String claimant) {
        return ReportDimensionsIT.claim(
                state,
                "PATERNITY",
                "MINUSTAH",
                null,
                null,
                "\"claimant\":{\"name\":\"" + claimant + "\"},\"children\":[{\"name\":\"Lea Backfill\","
                        + "\"birthYear\":2020,\"sex\":\"FEMALE\"}]");
    }

    /** The children the task force counts for the State today, each once. */
    static long children(String state) {
        ApiClient.Reply reply = ApiClient.as("taskforce").get("/claims/api/metrics/summary?memberState=" + state);
        assertEquals(200, reply.status(), reply.response().body());
        return reply.json().getJsonNumber("children").longValue();
    }

    /** The stored fingerprints of the State's children, in the order of their claims. */
    static List<String> fingerprints(String state) throws SQLException {
        List<String> fingerprints = new ArrayList<>();
        try (Connection connection = TestDatabase.connect();
                PreparedStatement select = connection.prepareStatement("SELECT cc.fingerprint FROM claim_child cc"
                        + " JOIN claim c ON c.id = cc.claim_id WHERE c.member_state = ? ORDER BY c.id, cc.position")) {
            select.setString(1, state);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    fingerprints.add(rows.getString(1));
                }
            }
        }
        return fingerprints;
    }

    /** The status once the latest rotation no longer runs, within two minutes. */
    static JsonObject finished(ApiClient admin) throws InterruptedException {
        for (int attempt = 0; attempt < 240; attempt++) {
            JsonObject status = admin.get(ROTATION).json();
            if (!"RUNNING".equals(status.getJsonObject("rotation").getString("status"))) {
                return status;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the rotation did not finish within two minutes");
    }
}
