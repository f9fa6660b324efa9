package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contact log with the claimant and her consents, over HTTP: the UN writes and reads them, a withdrawn consent
 * to be contacted stops contacts, bad input is refused by its field, every read is in the access log, nobody else
 * learns anything of them, and the database keeps them append-only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContactLogIT {

    private final ApiClient officer = ApiClient.as("vra.officer");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    static String contact(String day, String channel, String outcome, String note) {
        return "{\"contactedOn\":\"" + day + "\",\"channel\":\"" + channel + "\",\"outcome\":\"" + outcome + "\""
                + (note == null ? "" : ",\"note\":\"" + note + "\"") + "}";
    }

    static String consent(String kind, String decision, String day) {
        return "{\"kind\":\"" + kind + "\",\"decision\":\"" + decision + "\",\"decidedOn\":\"" + day + "\"}";
    }

    static ApiClient.Reply record(ApiClient caller, String reference, String what, String json) {
        return caller.post("/claims/api/claims/" + reference + "/" + what, json);
    }

    private void recorded(String reference, String what, String json) {
        ApiClient.Reply reply = record(officer, reference, what, json);
        assertEquals(201, reply.status(), reply.response().body());
    }

    private static Map<String, String> current(JsonObject consents) {
        return consents.getJsonArray("current").stream()
                .map(kind -> kind.asJsonObject())
                .collect(Collectors.toMap(
                        kind -> kind.getString("kind"),
                        kind -> kind.getString("state")
                                + (kind.containsKey("since") ? " " + kind.getString("since") : "")));
    }

    @Test
    void anOfficerRecordsContactsAndConsentsAndReadsThemLatestFirstPageByPage() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        ApiClient.Reply given = record(
                officer,
                ref,
                "consents",
                "{\"kind\":\"BE_CONTACTED\",\"decision\":\"GIVEN\","
                        + "\"decidedOn\":\"2024-03-05\",\"note\":\"  Signed form at the field office \"}");
        assertEquals(201, given.status(), given.response().body());
        assertEquals("Signed form at the field office", given.json().getString("note"));
        assertEquals("vra.officer", given.json().getString("recordedBy"));
        recorded(ref, "contacts", contact("2024-04-01", "PHONE", "REACHED", "Agreed to a DNA test"));
        ApiClient.Reply added = record(
                ApiClient.as("vra.admin"),
                ref,
                "contacts",
                contact("2024-05-01", "THROUGH_INTERMEDIARY", "MESSAGE_LEFT", null));
        assertEquals(201, added.status(), added.response().body());
        assertEquals("vra.admin", added.json().getString("madeBy"));
        assertFalse(added.json().containsKey("note"), "no note, no field");
        recorded(ref, "contacts", contact("2024-04-01", "EMAIL", "NOT_REACHED", null));

        JsonObject first =
                officer.get("/claims/api/claims/" + ref + "/contacts?size=2").json();
        assertEquals(3, first.getInt("total"));
        assertEquals(
                List.of("2024-05-01 MESSAGE_LEFT vra.admin", "2024-04-01 NOT_REACHED vra.officer"),
                first.getJsonArray("items").stream()
                        .map(item -> item.asJsonObject())
                        .map(item -> item.getString("contactedOn") + " " + item.getString("outcome") + " "
                                + item.getString("madeBy"))
                        .toList());
        JsonObject second = ApiClient.as("vra.admin")
                .get("/claims/api/claims/" + ref + "/contacts?page=1&size=2")
                .json();
        assertEquals(1, second.getJsonArray("items").size());
        assertEquals(
                "Agreed to a DNA test",
                second.getJsonArray("items").getJsonObject(0).getString("note"));

        JsonObject consents =
                officer.get("/claims/api/claims/" + ref + "/consents").json();
        assertEquals(
                Map.of(
                        "BE_CONTACTED",
                        "GIVEN 2024-03-05",
                        "NOTIFY_MEMBER_STATE",
                        "NOT_ASKED",
                        "SHARE_DOCUMENTS",
                        "NOT_ASKED"),
                current(consents));
        assertEquals(1, consents.getInt("total"));
        assertEquals(
                "BE_CONTACTED", consents.getJsonArray("items").getJsonObject(0).getString("kind"));
    }

    @Test
    void aWithdrawnConsentToBeContactedRefusesContactsFromItsDayUntilItIsGivenAgain() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        recorded(ref, "consents", consent("BE_CONTACTED", "GIVEN", "2024-03-05"));
        recorded(ref, "consents", consent("BE_CONTACTED", "WITHDRAWN", "2024-06-01"));
        recorded(ref, "consents", consent("NOTIFY_MEMBER_STATE", "GIVEN", "2024-06-01"));

        ApiClient.Reply refused = record(officer, ref, "contacts", contact(today, "PHONE", "REACHED", null));
        assertEquals(409, refused.status(), refused.response().body());
        assertEquals("CONSENT_WITHDRAWN", refused.json().getString("code"));
        assertEquals(
                "The claimant withdrew her consent to be contacted on 2024-06-01: nothing that needs it can be"
                        + " recorded from that day on.",
                refused.json().getString("message"));
        assertEquals(
                409,
                record(officer, ref, "contacts", contact("2024-06-01", "LETTER", "REACHED", null))
                        .status());
        recorded(ref, "contacts", contact("2024-05-31", "LETTER", "REACHED", "Made before she withdrew it"));
        assertEquals(
                1, officer.get("/claims/api/claims/" + ref + "/contacts").json().getInt("total"));
        assertEquals(
                Map.of(
                        "BE_CONTACTED",
                        "WITHDRAWN 2024-06-01",
                        "NOTIFY_MEMBER_STATE",
                        "GIVEN 2024-06-01",
                        "SHARE_DOCUMENTS",
                        "NOT_ASKED"),
                current(officer.get("/claims/api/claims/" + ref + "/consents").json()));

        recorded(ref, "consents", consent("BE_CONTACTED", "GIVEN", today));
        recorded(ref, "contacts", contact(today, "IN_PERSON", "REACHED", null));
        assertEquals(
                2, officer.get("/claims/api/claims/" + ref + "/contacts").json().getInt("total"));
    }

    @Test
    void badInputIsRefusedAsValidationNamingTheFieldAndNothingIsStored() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        Map<String, String> contacts = Map.of(
                "{}",
                "contactedOn",
                "{\"contactedOn\":\"2024-04-01\",\"outcome\":\"REACHED\"}",
                "channel",
                contact("2024-04-01", "SMOKE_SIGNAL", "REACHED", null),
                "channel",
                contact("2024-04-01", "PHONE", "maybe", null),
                "outcome",
                contact("01/04/2024", "PHONE", "REACHED", null),
                "contactedOn",
                contact(tomorrow, "PHONE", "REACHED", null),
                "contactedOn",
                contact("2024-02-29", "PHONE", "REACHED", null),
                "contactedOn",
                contact("2024-04-01", "PHONE", "REACHED", "x".repeat(2001)),
                "note");
        Map<String, String> consents = Map.of(
                "{\"decision\":\"GIVEN\",\"decidedOn\":\"2024-04-01\"}",
                "kind",
                consent("BE_CONTACTED", "MAYBE", "2024-04-01"),
                "decision",
                consent("BE_CONTACTED", "GIVEN", tomorrow),
                "decidedOn",
                consent("TO_BE_FORGOTTEN", "GIVEN", "2024-04-01"),
                "kind");
        for (Map.Entry<String, Map<String, String>> endpoint :
                Map.of("contacts", contacts, "consents", consents).entrySet()) {
            for (Map.Entry<String, String> bad : endpoint.getValue().entrySet()) {
                ApiClient.Reply reply = record(officer, ref, endpoint.getKey(), bad.getKey());
                assertEquals(
                        400,
                        reply.status(),
                        bad.getKey() + ": " + reply.response().body());
                assertEquals(
                        "VALIDATION",
                        reply.json().getString("code"),
                        reply.response().body());
                assertEquals(
                        bad.getValue(),
                        reply.json().getJsonArray("violations").getJsonObject(0).getString("field"),
                        reply.response().body());
            }
        }
        assertEquals(400, record(officer, ref, "contacts", "{\"contactedOn\":").status());
        for (String query : List.of("?page=-1", "?size=0", "?size=201", "?page=x")) {
            assertEquals(
                    400,
                    officer.get("/claims/api/claims/" + ref + "/contacts" + query)
                            .status(),
                    query);
            assertEquals(
                    400,
                    officer.get("/claims/api/claims/" + ref + "/consents" + query)
                            .status(),
                    query);
        }
        assertEquals(
                0, officer.get("/claims/api/claims/" + ref + "/contacts").json().getInt("total"));
        assertEquals(
                0, officer.get("/claims/api/claims/" + ref + "/consents").json().getInt("total"));
    }

    @Test
    void theLogIsUnOnlyAFocalPointFindsNoneOnItsOwnStatesClaimAndOtherRolesAreRefused() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String mark = "Whereabouts" + System.nanoTime() % 1000000;
        assertEquals(
                200,
                officer.act(ref, "NOTIFY_MEMBER_STATE", officer.version(ref), "{\"noteVerbaleReference\":\"NV-C\"}")
                        .status());
        recorded(
                ref,
                "consents",
                "{\"kind\":\"SHARE_DOCUMENTS\",\"decision\":\"WITHDRAWN\",\"decidedOn\":\"2024-03-05\"," + "\"note\":\""
                        + mark + "\"}");
        recorded(ref, "contacts", contact("2024-04-01", "IN_PERSON", "REACHED", "Met at " + mark));
        String southAfrica = officer.register(ClaimsApiIT.NEPAL_CLAIM.replace("NPL", "ZAF"));

        ApiClient nepal = ApiClient.as("focal.npl");
        assertEquals(200, nepal.get("/claims/api/claims/" + ref).status(), "the claim itself is Nepal's to see");
        for (String what : List.of("contacts", "consents")) {
            ApiClient.Reply own = nepal.get("/claims/api/claims/" + ref + "/" + what);
            ApiClient.Reply other = nepal.get("/claims/api/claims/" + southAfrica + "/" + what);
            assertEquals(404, own.status());
            assertEquals(
                    other.response().body().replace(southAfrica, ref),
                    own.response().body(),
                    "its own State's claim's log answers exactly as another State's claim does");
            assertEquals(
                    404,
                    record(
                                    nepal,
                                    ref,
                                    what,
                                    what.equals("contacts")
                                            ? contact("2024-04-02", "PHONE", "REACHED", null)
                                            : consent("BE_CONTACTED", "GIVEN", "2024-04-02"))
                            .status());
            for (String role : List.of("taskforce", "auditor")) {
                assertEquals(
                        403,
                        ApiClient.as(role)
                                .get("/claims/api/claims/" + ref + "/" + what)
                                .status(),
                        role);
                assertEquals(403, record(ApiClient.as(role), ref, what, "{}").status(), role);
            }
        }
        assertEquals(
                1,
                officer.get("/claims/api/claims/" + ref + "/contacts").json().getInt("total"),
                "nothing was added by anyone else");
        for (String path : List.of(
                "/claims/api/claims/" + ref,
                "/claims/api/claims/" + ref + "/timeline",
                "/claims/api/claims/" + ref + "/documents",
                "/claims/api/claims?size=200",
                "/claims/api/claims/export?format=csv",
                "/claims/api/metrics/summary")) {
            String answer = nepal.get(path).response().body();
            for (String trace : List.of(mark, "SHARE_DOCUMENTS", "IN_PERSON", "contactedOn", "consent")) {
                assertFalse(answer.contains(trace), path + " shows Nepal " + trace);
            }
        }
    }

    @Test
    void everyPageReadOfTheLogIsInTheAccessLog() {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        recorded(ref, "contacts", contact("2024-04-01", "PHONE", "REACHED", null));
        assertEquals(
                200,
                officer.get("/claims/api/claims/%20" + ref + "/contacts?page=1&size=5")
                        .status());
        assertEquals(200, officer.get("/claims/api/claims/" + ref + "/consents").status());
        assertEquals(
                200,
                ApiClient.as("vra.admin")
                        .get("/claims/api/claims/" + ref + "/contacts")
                        .status());
        assertEquals(
                404,
                ApiClient.as("focal.npl")
                        .get("/claims/api/claims/" + ref + "/contacts")
                        .status());
        assertEquals(
                List.of("consents, page 0", "contact log, page 1"),
                AuditTrailIT.logged(ref, "vra.officer").stream()
                        .filter(what -> what.startsWith("con"))
                        .toList());
        assertTrue(AuditTrailIT.logged(ref, "vra.admin").contains("contact log, page 0"));
        assertEquals(List.of(), AuditTrailIT.logged(ref, "focal.npl"), "a refused read is no read");
    }

    @Test
    void theDatabaseKeepsContactsAndConsentsAppendOnlyAndTheirNotesSealed() throws SQLException {
        String ref = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        recorded(ref, "contacts", contact("2024-04-01", "PHONE", "REACHED", "Sealed note"));
        recorded(
                ref,
                "consents",
                "{\"kind\":\"BE_CONTACTED\",\"decision\":\"GIVEN\",\"decidedOn\":\"2024-03-05\","
                        + "\"note\":\"Sealed consent note\"}");
        String ofTheClaim = " WHERE claim_id = (SELECT id FROM claim WHERE reference = '" + ref + "')";
        List<String> changes = List.of(
                "UPDATE contact_log SET made_by = 'someone else'" + ofTheClaim,
                "UPDATE contact_log SET contact_note = NULL" + ofTheClaim,
                "DELETE FROM contact_log" + ofTheClaim,
                "UPDATE claimant_consent SET decision = 'WITHDRAWN'" + ofTheClaim,
                "UPDATE claimant_consent SET consent_note = 'forged in clear'" + ofTheClaim,
                "DELETE FROM claimant_consent" + ofTheClaim);
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement()) {
            for (String change : changes) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains("command denied"), refused.getMessage());
            }
        }
        try (Connection connection = TestDatabase.asOwner();
                Statement statement = connection.createStatement()) {
            for (String change : changes) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change), change);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            assertEquals(
                    1,
                    statement.executeUpdate("UPDATE contact_log SET contact_note = contact_note" + ofTheClaim),
                    "a re-encryption's compare-and-set passes");
            try (ResultSet notes = statement.executeQuery("SELECT l.contact_note, c.consent_note FROM contact_log l"
                    + " JOIN claimant_consent c ON c.claim_id = l.claim_id JOIN claim k ON k.id = l.claim_id"
                    + " WHERE k.reference = '" + ref + "'")) {
                assertTrue(notes.next());
                assertTrue(notes.getString(1).matches("v2:[0-9]+:[A-Za-z0-9+/=]+"), notes.getString(1));
                assertTrue(notes.getString(2).matches("v2:[0-9]+:[A-Za-z0-9+/=]+"), notes.getString(2));
            }
        }
        assertEquals(
                "Sealed note",
                officer.get("/claims/api/claims/" + ref + "/contacts")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("note"));
    }
}
