package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Support as an account of its own, over the API against MariaDB: it goes on after resolution and stops at its end. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportAccountIT {

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private ApiClient.Reply act(ApiClient client, String reference, String action, String json) {
        return client.act(reference, action, client.version(reference), json);
    }

    private JsonObject done(ApiClient client, String reference, String action, String json) {
        ApiClient.Reply reply = act(client, reference, action, json);
        assertEquals(200, reply.status(), action + ": " + reply.response().body());
        return reply.json();
    }

    /**
     * Nepal's claim for a child born in 2000 (majority 1 July 2018), support of USD 100 a month ordered from
     * 1 January 2015: it falls due for 42 months, to 30 June 2018.
     */
    private String arranged() {
        String reference = officer.register("""
                {"receivedOn":"2010-01-04","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"MONUSCO",
                 "personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL",
                 "children":[{"birthYear":2000,"sex":"FEMALE"}]}""");
        done(
                officer,
                reference,
                "NOTIFY_MEMBER_STATE",
                "{\"noteVerbaleReference\":\"NV-S\",\"notifiedOn\":\"2010-01-10\"}");
        done(nepal, reference, "ACKNOWLEDGE", "{\"acknowledgedOn\":\"2010-02-01\"}");
        done(officer, reference, "RECORD_ADMISSION", "{\"evidence\":\"Signed\",\"admittedOn\":\"2014-12-01\"}");
        done(nepal, reference, "ARRANGE_SUPPORT", """
                {"kind":"COURT_ORDER","amount":100,"currency":"USD","frequency":"MONTHLY","startsOn":"2015-01-01",
                 "arrangedOn":"2014-12-15"}""");
        return reference;
    }

    @Test
    void aResolvedClaimStillTakesPaymentsAndItsArrearsStopGrowingAtTheEnd() {
        String reference = arranged();
        JsonObject resolved = done(officer, reference, "CLOSE", "{\"reason\":\"RESOLVED\"}");
        assertEquals("CLOSED", resolved.getString("status"));
        assertEquals(
                4200, resolved.getJsonObject("support").getJsonNumber("due").intValue());
        assertTrue(nepal.get("/claims/api/claims/" + reference)
                .json()
                .getJsonArray("allowedActions")
                .getValuesAs(JsonString::getString)
                .contains("RECORD_PAYMENT"));

        JsonObject paid = done(nepal, reference, "RECORD_PAYMENT", "{\"amount\":1000,\"currency\":\"USD\"}");

        assertEquals("CLOSED", paid.getString("status"));
        JsonObject support = paid.getJsonObject("support");
        assertEquals(1000, support.getJsonNumber("paid").intValue());
        assertEquals(4200, support.getJsonNumber("due").intValue(), "nothing falls due after 30 June 2018");
        assertEquals(3200, support.getJsonNumber("arrears").intValue());
        assertEquals("RECORD_PAYMENT", paid.getString("nextStep"));
        assertEquals("2015-12-01", paid.getString("nextStepDueOn"), "ten months paid: November 2015 is unpaid");
        assertTrue(paid.getBoolean("overdue"));
    }

    @Test
    void aClaimClosedForAnotherReasonRefusesPayments() {
        String reference = arranged();
        done(officer, reference, "CLOSE", "{\"reason\":\"WITHDRAWN\"}");

        ApiClient.Reply refused = act(nepal, reference, "RECORD_PAYMENT", "{\"amount\":10,\"currency\":\"USD\"}");

        assertEquals(409, refused.status(), refused.response().body());
        assertEquals("TRANSITION_NOT_ALLOWED", refused.json().getString("code"));
    }
}
