package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Trust Fund's interim assistance, over the API against MariaDB: its kind, its totals, and who never sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrustFundIT {

    private static final String UNIFIL_CLAIM = """
            {"receivedOn":"2025-01-10","claimType":"PATERNITY","mission":"UNIFIL",
             "personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL"}""";

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private ApiClient.Reply assist(String reference, String body) {
        return officer.act(reference, "RECORD_INTERIM_ASSISTANCE", officer.version(reference), body);
    }

    @Test
    void assistanceIsTotalledByYearStateMissionKindAndCurrencyAndNeverShownToTheState() {
        String reference = officer.register(UNIFIL_CLAIM);
        officer.act(
                reference,
                "NOTIFY_MEMBER_STATE",
                officer.version(reference),
                "{\"noteVerbaleReference\":\"NV-T\",\"notifiedOn\":\"2025-02-01\"}");
        for (String body : List.of(
                "{\"amount\":200,\"currency\":\"USD\",\"paidOn\":\"2025-03-01\",\"source\":\"Trust Fund\",\"kind\":\"EDUCATION\"}",
                "{\"amount\":300,\"currency\":\"USD\",\"paidOn\":\"2025-09-01\",\"source\":\"Trust Fund\",\"kind\":\"EDUCATION\"}",
                "{\"amount\":100,\"currency\":\"EUR\",\"paidOn\":\"2025-10-01\",\"source\":\"Trust Fund\",\"kind\":\"HEALTH\"}")) {
            ApiClient.Reply reply = assist(reference, body);
            assertEquals(200, reply.status(), reply.response().body());
        }
        ApiClient.Reply kindless = assist(reference, "{\"amount\":10,\"currency\":\"USD\",\"source\":\"Trust Fund\"}");
        assertEquals(400, kindless.status(), kindless.response().body());
        ApiClient.Reply unknown =
                assist(reference, "{\"amount\":10,\"currency\":\"USD\",\"source\":\"Trust Fund\",\"kind\":\"TRAVEL\"}");
        assertEquals(400, unknown.status(), unknown.response().body());

        List<JsonObject> totals = officer.get("/claims/api/trust-fund/totals?year=2025&memberState=NPL&mission=UNIFIL")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(2, totals.size(), totals.toString());
        JsonObject education = totals.get(0);
        assertEquals("EDUCATION", education.getString("kind"));
        assertEquals("USD", education.getString("currency"));
        assertEquals(2, education.getInt("payments"));
        assertEquals(500, education.getJsonNumber("total").intValue());
        assertEquals("HEALTH", totals.get(1).getString("kind"));
        assertEquals(100, totals.get(1).getJsonNumber("total").intValue());
        assertEquals(
                0,
                officer.get("/claims/api/trust-fund/totals?year=2024&memberState=NPL&mission=UNIFIL")
                        .json()
                        .getInt("total"));
        assertEquals(
                200,
                ApiClient.as("taskforce").get("/claims/api/trust-fund/totals").status());
        assertEquals(
                400, officer.get("/claims/api/trust-fund/totals?year=twenty").status());

        assertEquals(403, nepal.get("/claims/api/trust-fund/totals").status());
        for (String path : List.of(
                "/claims/api/claims/" + reference,
                "/claims/api/claims/" + reference + "/timeline",
                "/claims/api/claims?size=200",
                "/claims/api/withheld-reimbursements/ledger")) {
            String seen = nepal.get(path).response().body();
            for (String trustFund : List.of("RECORD_INTERIM_ASSISTANCE", "Trust Fund", "EDUCATION", "HEALTH")) {
                assertFalse(seen.contains(trustFund), trustFund + " reached Nepal through " + path);
            }
        }
    }
}
