package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every action through the REST API against MariaDB, each error code, and who may do what. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimLifecycleIT {

    static final String FULL_CLAIM = """
            {"receivedOn":"2024-03-01","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"MONUSCO",
             "allegationReference":"SEA-2024-017","personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL",
             "claimant":{"name":"Amina Example","contact":"+243 000 000"},
             "children":[{"name":"Baby Example","birthYear":2023,"sex":"FEMALE"}],
             "allegedFather":{"name":"Sgt. Example","nationality":"NPL","serviceNumber":"NA-123","unit":"Battalion 7",
                              "rotationFrom":"2022-01-10","rotationTo":"2022-12-20"},
             "wishes":{"noFatherContact":false,"notes":"Prefers contact through the field office"}}""";

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private JsonObject act(ApiClient client, String reference, String action, String json) {
        ApiClient.Reply reply = client.act(reference, action, client.version(reference), json);
        assertEquals(200, reply.status(), action + ": " + reply.response().body());
        assertEquals("\"" + reply.json().getJsonNumber("version").longValue() + "\"", reply.header("ETag"));
        return reply.json();
    }

    @Test
    void aClaimWalksFromRegistrationThroughDnaAndSupportToResolvedClosure() {
        String ref = officer.register(FULL_CLAIM);
        act(officer, ref, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV/2024/88\"}");
        act(nepal, ref, "ACKNOWLEDGE", "{\"note\":\"Focal point on it\"}");
        assertEquals(
                "DNA_TESTING",
                act(nepal, ref, "START_DNA_TEST", "{\"kitId\":\"K-1\",\"laboratory\":\"Lab A\"}")
                        .getString("status"));
        act(officer, ref, "RECORD_SAMPLE_COLLECTION", """
                {"kitId":"K-1","subject":"CHILD","collectedBy":"Nurse","place":"Goma clinic",
                 "identityCheck":"BIRTH_CERTIFICATE","sealNumber":"S-100"}""");
        act(officer, ref, "RECORD_SAMPLE_COLLECTION", """
                {"kitId":"K-1","subject":"MOTHER","collectedBy":"Nurse","place":"Goma clinic",
                 "identityCheck":"NATIONAL_ID_CARD","sealNumber":"S-101"}""");
        act(nepal, ref, "RECORD_SAMPLE_COLLECTION", """
                {"kitId":"K-1","subject":"ALLEGED_FATHER","collectedBy":"Army doctor","place":"Kathmandu",
                 "identityCheck":"MILITARY_OR_POLICE_ID","sealNumber":"S-102"}""");
        act(
                nepal,
                ref,
                "RECORD_CUSTODY_TRANSFER",
                "{\"sealNumber\":\"S-102\",\"from\":\"Army doctor\",\"to\":\"Courier\"}");
        act(nepal, ref, "RECORD_LAB_RECEIPT", "{\"kitId\":\"K-1\",\"laboratory\":\"Lab A\",\"sealsIntact\":true}");
        JsonObject reported = act(
                nepal,
                ref,
                "RECORD_DNA_RESULT",
                "{\"kitId\":\"K-1\",\"laboratory\":\"Lab A\",\"conclusion\":\"INCLUSION\",\"probabilityOfPaternity\":99.97}");
        assertEquals("OUTCOME_REPORTED", reported.getString("status"));
        assertEquals("ESTABLISHED", reported.getString("reportedOutcome"));
        assertEquals("UNDETERMINED", reported.getString("paternityOutcome"));
        JsonObject established = act(officer, ref, "CONFIRM_OUTCOME", "{}");
        assertEquals("PATERNITY_ESTABLISHED", established.getString("status"));
        assertEquals("ESTABLISHED", established.getString("paternityOutcome"));
        act(officer, ref, "RECORD_WITHHELD_REIMBURSEMENT", "{\"amount\":3000,\"currency\":\"USD\"}");
        act(
                officer,
                ref,
                "RECORD_INTERIM_ASSISTANCE",
                "{\"amount\":200,\"currency\":\"USD\",\"source\":\"Trust Fund\",\"kind\":\"EDUCATION\"}");
        act(
                nepal,
                ref,
                "ARRANGE_SUPPORT",
                "{\"kind\":\"COURT_ORDER\",\"amount\":150,\"currency\":\"USD\",\"frequency\":\"MONTHLY\",\"startsOn\":\"2026-01-01\"}");
        act(nepal, ref, "RECORD_PAYMENT", "{\"amount\":150,\"currency\":\"USD\",\"payer\":\"Government of Nepal\"}");
        JsonObject released =
                act(officer, ref, "RELEASE_WITHHELD_REIMBURSEMENT", "{\"amount\":3000,\"currency\":\"USD\"}");
        assertEquals(
                150, released.getJsonObject("support").getJsonNumber("paid").intValue());
        assertEquals(
                0,
                released.getJsonObject("support")
                        .getJsonNumber("withheldBalance")
                        .intValue());
        act(nepal, ref, "ADD_COMMENT", "{\"text\":\"First payment made\"}");
        act(officer, ref, "PUT_ON_HOLD", "{\"reason\":\"Claimant travelling\"}");
        assertEquals("CLAIMANT", officer.get("/claims/api/claims/" + ref).json().getString("whoseTurn"));
        act(officer, ref, "RESUME", "");
        JsonObject closed = act(officer, ref, "CLOSE", "{\"reason\":\"RESOLVED\",\"note\":\"Support flowing\"}");
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals("NONE", closed.getString("whoseTurn"));
        JsonObject reopened = act(officer, ref, "REOPEN", "{\"reason\":\"Payments stopped\"}");
        assertEquals("SUPPORT_ARRANGED", reopened.getString("status"));

        JsonArray timeline =
                officer.get("/claims/api/claims/" + ref + "/timeline").json().getJsonArray("events");
        List<String> actions =
                timeline.stream().map(e -> e.asJsonObject().getString("action")).toList();
        assertEquals(
                List.of(
                        "REGISTER",
                        "NOTIFY_MEMBER_STATE",
                        "NOTE_VERBALE_SENT",
                        "ACKNOWLEDGE",
                        "START_DNA_TEST",
                        "RECORD_SAMPLE_COLLECTION",
                        "RECORD_SAMPLE_COLLECTION",
                        "RECORD_SAMPLE_COLLECTION",
                        "RECORD_CUSTODY_TRANSFER",
                        "RECORD_LAB_RECEIPT",
                        "RECORD_DNA_RESULT",
                        "CONFIRM_OUTCOME",
                        "RECORD_WITHHELD_REIMBURSEMENT",
                        "RECORD_INTERIM_ASSISTANCE",
                        "ARRANGE_SUPPORT",
                        "RECORD_PAYMENT",
                        "RELEASE_WITHHELD_REIMBURSEMENT",
                        "ADD_COMMENT",
                        "PUT_ON_HOLD",
                        "RESUME",
                        "CLOSE",
                        "REOPEN"),
                actions);
        JsonObject acknowledged = timeline.get(3).asJsonObject();
        assertEquals("focal.npl", acknowledged.getString("actor"));
        assertEquals("FOCAL_POINT", acknowledged.getString("actorRole"));
        assertEquals(
                "S-102", timeline.get(8).asJsonObject().getJsonObject("details").getString("sealNumber"));
    }

    @Test
    void theClaimCarriesItsClocksAndOnlyVraRolesSeeNames() {
        String ref = officer.register(FULL_CLAIM.replace("2024-03-01", "2025-01-10"));
        act(officer, ref, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-2\",\"notifiedOn\":\"2025-02-09\"}");
        JsonObject asOfficer = officer.get("/claims/api/claims/" + ref).json();
        long pending = asOfficer.getJsonNumber("daysPending").longValue();
        assertEquals(30, asOfficer.getJsonNumber("daysWithUn").longValue());
        assertEquals(
                pending - 30, asOfficer.getJsonNumber("daysWithMemberState").longValue());
        assertEquals(0, asOfficer.getJsonNumber("daysOnHold").longValue());
        assertEquals("Amina Example", asOfficer.getJsonObject("claimant").getString("name"));
        assertEquals(
                "Baby Example",
                asOfficer.getJsonArray("children").getJsonObject(0).getString("name"));

        JsonObject asFocalPoint = nepal.get("/claims/api/claims/" + ref).json();
        assertTrue(asFocalPoint.getJsonObject("claimant").getString("pseudonym").startsWith("CL-"));
        assertNull(asFocalPoint.getJsonObject("claimant").get("name"));
        assertNull(asFocalPoint.getJsonObject("claimant").get("contact"));
        assertNull(asFocalPoint.getJsonArray("children").getJsonObject(0).get("name"));
        assertEquals("NA-123", asFocalPoint.getJsonObject("allegedFather").getString("serviceNumber"));
        assertEquals(
                List.of("ACKNOWLEDGE", "ADD_COMMENT", "ADD_DOCUMENT"),
                strings(asFocalPoint.getJsonArray("allowedActions")));
    }

    @Test
    void aRefusedTransitionIs409WithTheAllowedActionsAndChangesNothing() {
        String ref = officer.register(FULL_CLAIM);
        long version = officer.version(ref);
        ApiClient.Reply refused = officer.act(ref, "ACKNOWLEDGE", version, "{}");
        assertEquals(409, refused.status());
        assertEquals("TRANSITION_NOT_ALLOWED", refused.json().getString("code"));
        assertTrue(strings(refused.json().getJsonArray("allowedActions")).contains("NOTIFY_MEMBER_STATE"));
        assertEquals(version, officer.version(ref));
        assertEquals(
                1,
                officer.get("/claims/api/claims/" + ref + "/timeline")
                        .json()
                        .getJsonArray("events")
                        .size());
    }

    @Test
    void aDnaResultWithoutTheChainOfCustodyIsRefused() {
        String ref = officer.register(FULL_CLAIM);
        act(officer, ref, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-3\"}");
        act(nepal, ref, "ACKNOWLEDGE", "{}");
        act(nepal, ref, "START_DNA_TEST", "{\"kitId\":\"K-9\",\"laboratory\":\"Lab A\"}");
        ApiClient.Reply refused = nepal.act(
                ref,
                "RECORD_DNA_RESULT",
                nepal.version(ref),
                "{\"kitId\":\"K-9\",\"laboratory\":\"Lab A\",\"conclusion\":\"INCLUSION\",\"probabilityOfPaternity\":99.9}");
        assertEquals(409, refused.status());
        assertTrue(
                refused.json().getString("detail").contains("seals intact"),
                refused.response().body());
    }

    @Test
    void aStaleVersionIs412AndAMissingIfMatchIs428() {
        String ref = officer.register(FULL_CLAIM);
        long seen = officer.version(ref);
        act(officer, ref, "ADD_COMMENT", "{\"text\":\"first\"}");
        ApiClient.Reply stale = officer.act(ref, "ADD_COMMENT", seen, "{\"text\":\"second\"}");
        assertEquals(412, stale.status());
        assertEquals("STALE_VERSION", stale.json().getString("code"));

        ApiClient.Reply missing =
                officer.post("/claims/api/claims/" + ref + "/actions/ADD_COMMENT", "{\"text\":\"x\"}");
        assertEquals(428, missing.status());
        assertEquals(
                2,
                officer.get("/claims/api/claims/" + ref + "/timeline")
                        .json()
                        .getJsonArray("events")
                        .size());
    }

    @Test
    void invalidActionInputIs400WithTheFieldsAndNeverA500() {
        String ref = officer.register(FULL_CLAIM);
        long version = officer.version(ref);
        assertViolation(officer.act(ref, "NOTIFY_MEMBER_STATE", version, "{}"), "noteVerbaleReference");
        assertViolation(
                officer.act(
                        ref,
                        "NOTIFY_MEMBER_STATE",
                        version,
                        "{\"noteVerbaleReference\":\"NV\",\"notifiedOn\":\"2099-01-01\"}"),
                "notifiedOn");
        assertViolation(
                officer.act(
                        ref,
                        "NOTIFY_MEMBER_STATE",
                        version,
                        "{\"noteVerbaleReference\":\"NV\",\"notifiedOn\":\"2020-01-01\"}"),
                "date");
        assertViolation(officer.act(ref, "CLOSE", version, "{\"reason\":null}"), "reason");
        assertEquals(
                400,
                officer.act(ref, "CLOSE", version, "{\"reason\":\"BORED\"}").status());
        assertEquals(400, officer.act(ref, "CLOSE", version, "not json").status());
        assertEquals(400, officer.act(ref, "FLY_TO_THE_MOON", version, "{}").status());
        assertEquals(400, officer.act(ref, "REGISTER", version, "{}").status());
        assertEquals(version, officer.version(ref));
    }

    @Test
    void theLongestAllowedNamesAreStoredAndOutOfRangeAmountsAre400() {
        String longName = "\uD83D\uDE00".repeat(100);
        String ref = officer.register(FULL_CLAIM
                .replace("Amina Example", longName)
                .replace("+243 000 000", "\u4E2D".repeat(500))
                .replace("Baby Example", longName));
        assertEquals(
                longName,
                officer.get("/claims/api/claims/" + ref)
                        .json()
                        .getJsonObject("claimant")
                        .getString("name"));
        long version = officer.version(ref);
        assertEquals(
                400,
                officer.act(
                                ref,
                                "RECORD_INTERIM_ASSISTANCE",
                                version,
                                "{\"amount\":1e20,\"currency\":\"USD\",\"source\":\"Trust Fund\",\"kind\":\"EDUCATION\"}")
                        .status());
        assertEquals(
                400,
                officer.act(
                                ref,
                                "RECORD_INTERIM_ASSISTANCE",
                                version,
                                "{\"amount\":10,\"currency\":\"usd\",\"source\":\"Trust Fund\",\"kind\":\"EDUCATION\"}")
                        .status());
        assertEquals(
                400,
                officer.act(ref, "ADD_COMMENT", version, "{\"text\":\"" + "x".repeat(2001) + "\"}")
                        .status());
        assertEquals(version, officer.version(ref));
    }

    @Test
    void unknownClaimsAndOtherStatesClaimsAre404AndFocalPointsTakeOnlyTheStatesActions() {
        String ref = officer.register(FULL_CLAIM);
        long version = officer.version(ref);
        assertEquals(
                404,
                officer.act("PC-1999-9999", "ADD_COMMENT", 0, "{\"text\":\"x\"}")
                        .status());
        ApiClient zaf = ApiClient.as("focal.zaf");
        assertEquals(
                404, zaf.act(ref, "ADD_COMMENT", version, "{\"text\":\"x\"}").status());
        assertEquals(404, zaf.get("/claims/api/claims/" + ref + "/timeline").status());
        ApiClient.Reply notYet = nepal.act(ref, "NOTIFY_MEMBER_STATE", version, "{\"noteVerbaleReference\":\"NV\"}");
        assertEquals(404, notYet.status(), "before its notification the claim does not exist for Nepal");
        ApiClient.notifiedByAdmin(ref);
        long notified = officer.version(ref);
        assertEquals(
                403,
                nepal.act(ref, "CLOSE", notified, "{\"reason\":\"WITHDRAWN\"}").status());
        assertEquals(
                403,
                ApiClient.as("taskforce")
                        .act(ref, "ADD_COMMENT", notified, "{\"text\":\"x\"}")
                        .status());
        assertEquals(notified, officer.version(ref));
    }

    @Test
    void notifyingTheStateAttachesANoteVerbaleThatTheStateReadsAndThatNamesNobody() throws IOException {
        String ref = officer.register(FULL_CLAIM);
        act(officer, ref, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV/2024/89\"}");
        String pseudonym = officer.get("/claims/api/claims/" + ref)
                .json()
                .getJsonObject("claimant")
                .getString("pseudonym");

        JsonArray seenByNepal =
                nepal.get("/claims/api/claims/" + ref + "/documents").json().getJsonArray("items");
        assertEquals(1, seenByNepal.size(), "the note is the State's to read, without the claimant's consent to share");
        JsonObject note = seenByNepal.getJsonObject(0);
        assertEquals("application/pdf", note.getString("mediaType"));
        assertEquals("SHARED", note.getString("audience"));
        assertEquals("UN", note.getString("uploadedBy"));
        String number = note.getString("description").substring("Note verbale ".length());
        assertTrue(number.matches("VRA/NV/\\d{4}/\\d{6}"), number);
        assertEquals(
                number, note.getString("noteVerbaleNumber"), "the number, for a page to name the note in its language");

        byte[] pdf = nepal.download("/claims/api/claims/" + ref + "/documents/" + note.getJsonNumber("id"))
                .body();
        String text = PdfText.compact(pdf);
        assertTrue(text.contains(ref), "the claim's reference");
        assertTrue(text.contains(number), "the note's own number");
        assertTrue(text.contains(pseudonym), "the pseudonym");
        assertTrue(text.contains("presentsitscomplimentstothePermanentMissionofNepal"), text);
        for (String personal : List.of("Amina", "Baby Example", "Sgt.", "NA-123", "+243", "Battalion")) {
            assertFalse(text.contains(personal.replace(" ", "")), personal + " in the note verbale");
        }
        JsonArray events =
                nepal.get("/claims/api/claims/" + ref + "/timeline").json().getJsonArray("events");
        JsonObject sent = events.getJsonObject(events.size() - 1);
        assertEquals("NOTE_VERBALE_SENT", sent.getString("action"), "on the State's timeline too");
        assertEquals(number, sent.getJsonObject("details").getString("noteVerbaleReference"));

        String second = officer.register(FULL_CLAIM);
        act(officer, second, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV/2024/90\"}");
        String nextNumber = officer.get("/claims/api/claims/" + second + "/documents")
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("description");
        assertTrue(nextNumber.compareTo("Note verbale " + number) > 0, "each note its own number: " + nextNumber);
    }

    @Test
    void aUnRouteClaimNeverReachesAFocalPoint() {
        String ref = officer.register(FULL_CLAIM.replace("MILITARY_CONTINGENT", "CIVILIAN"));
        assertEquals(404, nepal.get("/claims/api/claims/" + ref).status());
        assertEquals("UN", officer.get("/claims/api/claims/" + ref).json().getString("route"));
    }

    private static void assertViolation(ApiClient.Reply reply, String field) {
        assertEquals(400, reply.status(), reply.response().body());
        assertEquals("VALIDATION", reply.json().getString("code"));
        List<String> fields = reply.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(fields.contains(field), fields + " should name " + field);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(value -> ((JsonString) value).getString()).toList();
    }
}
