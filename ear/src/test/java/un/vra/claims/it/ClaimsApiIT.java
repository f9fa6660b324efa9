package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The first claim end to end through the REST API, with sign-in, isolation and error answers. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClaimsApiIT {

    static final String NEPAL_CLAIM = """
            {"receivedOn":"2024-03-01","claimType":"PATERNITY","mission":"MONUSCO",
             "personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL"}""";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aRequestWithoutCredentialsIsChallengedWith401() {
        ApiClient.Reply reply = ApiClient.anonymous().get("/claims/api/claims");
        assertEquals(401, reply.status());
        assertTrue(reply.header("WWW-Authenticate").startsWith("Basic"));
    }

    @Test
    void aWrongPasswordIsRefusedWith401() {
        assertEquals(
                401,
                ApiClient.as("vra.officer", "not-the-password")
                        .get("/claims/api/claims")
                        .status());
    }

    @Test
    void anOfficerRegistersAClaimAndReadsItBack() {
        ApiClient officer = ApiClient.as("vra.officer");
        ApiClient.Reply created = officer.post("/claims/api/claims", NEPAL_CLAIM);

        assertEquals(201, created.status());
        String reference = created.json().getString("reference");
        assertTrue(reference.matches("PC-2024-\\d{4}"), reference);
        assertEquals(Deployments.BASE + "/claims/api/claims/" + reference, created.header("Location"));
        assertEquals("RECEIVED", created.json().getString("status"));
        assertEquals("MEMBER_STATE", created.json().getString("route"));
        assertEquals("UN", created.json().getString("whoseTurn"));

        ApiClient.Reply read = officer.get("/claims/api/claims/" + reference);
        assertEquals(200, read.status());
        assertEquals("NPL", read.json().getString("memberState"));
        assertNotNull(read.header("ETag"));
        assertTrue(read.header("Cache-Control").contains("no-store"));

        ApiClient.Reply list = officer.get("/claims/api/claims?size=200&memberState=NPL&sort=-updated");
        assertEquals(200, list.status());
        assertTrue(references(list.json()).contains(reference));
    }

    @Test
    void referencesAreNumberedWithinTheYearReceived() {
        ApiClient officer = ApiClient.as("vra.officer");
        String first = officer.post("/claims/api/claims", NEPAL_CLAIM).json().getString("reference");
        String second = officer.post("/claims/api/claims", NEPAL_CLAIM).json().getString("reference");
        assertEquals(Integer.parseInt(first.substring(8)) + 1, Integer.parseInt(second.substring(8)));
    }

    @Test
    void aFocalPointSeesItsOwnStatesClaimAndAnotherStateGets404() {
        String reference = ApiClient.notifiedByAdmin(ApiClient.as("vra.officer")
                .post("/claims/api/claims", NEPAL_CLAIM)
                .json()
                .getString("reference"));

        assertEquals(
                200,
                ApiClient.as("focal.npl").get("/claims/api/claims/" + reference).status());
        ApiClient.Reply other = ApiClient.as("focal.zaf").get("/claims/api/claims/" + reference);
        assertEquals(404, other.status());
        assertEquals("NOT_FOUND", other.json().getString("code"));
    }

    @Test
    void aFocalPointsListHoldsOnlyItsOwnStatesClaimsWhateverItAsksFor() {
        ApiClient officer = ApiClient.as("vra.officer");
        ApiClient.notifiedByAdmin(officer.register(NEPAL_CLAIM));
        ApiClient.notifiedByAdmin(officer.register(NEPAL_CLAIM.replace("NPL", "ZAF")));

        JsonObject asked = ApiClient.as("focal.zaf")
                .get("/claims/api/claims?memberState=NPL&size=200")
                .json();
        assertEquals(0, asked.getJsonNumber("total").longValue());

        JsonObject own =
                ApiClient.as("focal.zaf").get("/claims/api/claims?size=200").json();
        assertTrue(own.getJsonNumber("total").longValue() >= 1);
        own.getJsonArray("items")
                .forEach(item -> assertEquals("ZAF", item.asJsonObject().getString("memberState")));
    }

    @Test
    void aValueUnknownToItsFieldOrOfTheWrongTypeAnswers400ValidationNamingTheFieldAndBrokenJsonStaysMalformed() {
        ApiClient officer = ApiClient.as("vra.officer");
        Map<String, String> fieldOfBody = Map.of(
                NEPAL_CLAIM.replace("\"PATERNITY\"", "\"NOPE\""),
                "claimType",
                NEPAL_CLAIM.replace("\"MILITARY_CONTINGENT\"", "42"),
                "personnelCategory",
                NEPAL_CLAIM.replace("\"2024-03-01\"", "\"01/03/2024\""),
                "receivedOn",
                NEPAL_CLAIM.replace("}", ",\"children\":[{\"birthYear\":\"abc\",\"sex\":\"FEMALE\"}]}"),
                "children.birthYear",
                NEPAL_CLAIM.replace("}", ",\"allegedFather\":{\"rotationFrom\":true}}"),
                "allegedFather.rotationFrom");
        for (Map.Entry<String, String> bad : fieldOfBody.entrySet()) {
            ApiClient.Reply reply = officer.post("/claims/api/claims", bad.getKey());
            assertEquals(
                    400, reply.status(), bad.getKey() + ": " + reply.response().body());
            assertEquals(
                    "VALIDATION",
                    reply.json().getString("code"),
                    reply.response().body());
            assertEquals(
                    bad.getValue(),
                    reply.json().getJsonArray("violations").getJsonObject(0).getString("field"),
                    reply.response().body());
        }
        ApiClient.Reply unknown = officer.post("/claims/api/claims", NEPAL_CLAIM.replace("\"PATERNITY\"", "\"NOPE\""));
        assertTrue(
                unknown.json()
                        .getJsonArray("violations")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("PATERNITY"),
                "the allowed values are named: " + unknown.response().body());

        String reference = officer.register(NEPAL_CLAIM);
        ApiClient.Reply amount = officer.act(
                reference, "RECORD_PAYMENT", officer.version(reference), "{\"amount\":\"abc\",\"currency\":\"USD\"}");
        assertEquals(400, amount.status(), amount.response().body());
        assertEquals("VALIDATION", amount.json().getString("code"));
        assertEquals(
                "amount",
                amount.json().getJsonArray("violations").getJsonObject(0).getString("field"));

        ApiClient.Reply broken = officer.post("/claims/api/claims", "{\"receivedOn\":");
        assertEquals(400, broken.status());
        assertEquals("MALFORMED_BODY", broken.json().getString("code"));
    }

    @Test
    void invalidInputAnswers400WithEveryViolationAndStoresNothing() {
        ApiClient officer = ApiClient.as("vra.officer");
        long before = officer.get("/claims/api/claims?size=1")
                .json()
                .getJsonNumber("total")
                .longValue();

        ApiClient.Reply reply = officer.post(
                "/claims/api/claims",
                "{\"receivedOn\":\"2099-01-01\",\"mission\":\"MONUSCO\",\"memberState\":\"Nepal\"}");
        assertEquals(400, reply.status());
        assertEquals("VALIDATION", reply.json().getString("code"));
        List<String> fields = reply.json().getJsonArray("violations").stream()
                .map(v -> v.asJsonObject().getString("field"))
                .toList();
        assertTrue(
                fields.containsAll(List.of("claimType", "memberState", "personnelCategory", "receivedOn")),
                fields.toString());

        assertEquals(
                400,
                officer.post("/claims/api/claims", NEPAL_CLAIM.replace("MONUSCO", "NOPE"))
                        .status());
        assertEquals(
                400,
                officer.post("/claims/api/claims", NEPAL_CLAIM.replace("NPL", "XYZ"))
                        .status());
        assertEquals(400, officer.post("/claims/api/claims", "{not json").status());
        assertEquals(
                400,
                officer.post("/claims/api/claims", NEPAL_CLAIM.replace("PATERNITY", "NOPE"))
                        .status());
        assertEquals(400, officer.get("/claims/api/claims?status=NOPE").status());
        assertEquals(400, officer.get("/claims/api/claims?page=first").status());
        assertEquals(400, officer.get("/claims/api/claims?size=100000").status());
        assertEquals(
                before,
                officer.get("/claims/api/claims?size=1")
                        .json()
                        .getJsonNumber("total")
                        .longValue());
    }

    @Test
    void theTaskForceCannotReadClaimsAndAFocalPointCannotRegisterOne() {
        assertEquals(403, ApiClient.as("taskforce").get("/claims/api/claims").status());
        assertEquals(
                403,
                ApiClient.as("focal.npl")
                        .post("/claims/api/claims", NEPAL_CLAIM)
                        .status());
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointToSignedInCallersOnly() {
        assertEquals(401, ApiClient.anonymous().get("/claims/api/openapi").status());
        ApiClient.Reply document = ApiClient.as("focal.npl").get("/claims/api/openapi");
        assertEquals(200, document.status());
        assertTrue(document.header("Content-Type").startsWith("application/yaml"), document.header("Content-Type"));
        assertTrue(document.response().body().startsWith("openapi: 3."));
        Set<String> paths = Pattern.compile("(?m)^  (/\\S*):$")
                .matcher(document.response().body())
                .results()
                .map(found -> found.group(1))
                .collect(Collectors.toSet());
        assertEquals(
                Set.of(
                        "/claims",
                        "/claims/{reference}",
                        "/claims/{reference}/timeline",
                        "/claims/{reference}/actions/{action}",
                        "/claims/{reference}/documents",
                        "/claims/{reference}/documents/{id}",
                        "/claims/{reference}/contacts",
                        "/claims/{reference}/consents",
                        "/claims/export",
                        "/claims/{reference}/file.pdf",
                        "/claims/duplicates",
                        "/metrics/summary",
                        "/metrics/member-states",
                        "/metrics/breakdown",
                        "/metrics/trend",
                        "/metrics/coming-majorities",
                        "/public/figures",
                        "/public/figures.csv",
                        "/public/publications",
                        "/publications",
                        "/metrics/responsiveness",
                        "/imports",
                        "/imports/{id}",
                        "/openapi",
                        "/audit/access",
                        "/audit/sign-ins",
                        "/account/password",
                        "/accounts/{username}/password-reset",
                        "/accounts/{username}/second-factor-reset",
                        "/admin/encryption/rotation",
                        "/admin/encryption/keys/{keyId}/retire",
                        "/focal-points",
                        "/focal-points/{username}/deactivate",
                        "/focal-points/hand-over",
                        "/focal-points/{username}/mail",
                        "/focal-points/missions/{memberState}",
                        "/account/mail",
                        "/outbox",
                        "/outbox/reminder-runs",
                        "/outbox/reminder-runs/{id}",
                        "/outbox/deliveries",
                        "/claims/{reference}/children/{child}/birth",
                        "/withheld-reimbursements",
                        "/withheld-reimbursements/{id}/disposals",
                        "/withheld-reimbursements/ledger",
                        "/trust-fund/totals",
                        "/ratings",
                        "/ratings/export",
                        "/ratings/bands",
                        "/ratings/thresholds",
                        "/metrics/cohorts",
                        "/admin/aggregates/rebuilds",
                        "/admin/aggregates/rebuilds/{id}",
                        "/admin/aggregates/drift-checks",
                        "/admin/aggregates/drift-checks/{id}",
                        "/reports/money",
                        "/reports/money/support",
                        "/metrics/allegations",
                        "/member-states/{code}/law",
                        "/member-states/{code}/law/history"),
                paths);
    }

    @Test
    void readinessReportsTheDatabaseUp() {
        ApiClient.Reply ready = ApiClient.anonymous().get("/health/ready");
        assertEquals(200, ready.status());
        assertEquals("UP", ready.json().getString("status"));
    }

    private static List<String> references(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .map(item -> item.getString("reference"))
                .toList();
    }

    @Test
    void theRegisterFindsOverdueStepsAgeBandsAndWhoseTurnInTheDatabase() {
        ApiClient officer = ApiClient.as("vra.officer");
        String tag = "SEA-O" + System.nanoTime() % 100000000;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String claim = NEPAL_CLAIM.replace("\"mission\"", "\"allegationReference\":\"" + tag + "\",\"mission\"");
        String waitingLong =
                officer.register(claim.replace("2024-03-01", today.minusYears(2).toString()));
        officer.act(
                waitingLong,
                "NOTIFY_MEMBER_STATE",
                officer.version(waitingLong),
                "{\"noteVerbaleReference\":\"NV\",\"notifiedOn\":\"" + today.minusDays(31) + "\"}");
        String justNotified = officer.register(
                claim.replace("2024-03-01", today.minusMonths(2).toString()));
        officer.act(
                justNotified,
                "NOTIFY_MEMBER_STATE",
                officer.version(justNotified),
                "{\"noteVerbaleReference\":\"NV\",\"notifiedOn\":\"" + today.minusDays(30) + "\"}");
        String received = officer.register(
                claim.replace("2024-03-01", today.minusMonths(2).toString()));

        assertEquals(
                Set.of(waitingLong, received),
                Set.copyOf(references(officer, "overdue=true&q=" + tag)),
                "the State's late acknowledgement and the UN's late notification (30 days from receipt)");
        JsonObject row = officer.get("/claims/api/claims?overdue=true&whoseTurn=MEMBER_STATE&q=" + tag)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(waitingLong, row.getString("reference"));
        assertEquals("ACKNOWLEDGE", row.getString("nextStep"));
        assertEquals(today.minusDays(1).toString(), row.getString("nextStepDueOn"));
        assertTrue(row.getBoolean("overdue"));
        assertEquals(31, row.getInt("daysWithMemberState"));

        JsonObject dueToday = officer.get("/claims/api/claims/" + justNotified).json();
        assertEquals(today.toString(), dueToday.getString("nextStepDueOn"));
        assertEquals(false, dueToday.getBoolean("overdue"));

        assertEquals(List.of(waitingLong), references(officer, "ageBand=1to3y&q=" + tag));
        assertEquals(Set.of(justNotified, received), Set.copyOf(references(officer, "ageBand=under1y&q=" + tag)));
        assertEquals(List.of(received), references(officer, "whoseTurn=UN&q=" + tag));
        assertEquals(waitingLong, references(officer, "sort=pending&q=" + tag).get(0));
        assertEquals(400, officer.get("/claims/api/claims?ageBand=2to4y").status());
        assertEquals(400, officer.get("/claims/api/claims?overdue=yes").status());
    }

    private static List<String> references(ApiClient client, String query) {
        return client
                .get("/claims/api/claims?" + query)
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(item -> item.getString("reference"))
                .toList();
    }
}
