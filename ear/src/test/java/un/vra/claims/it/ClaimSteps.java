package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Claims registered and moved through their lifecycle over the API by a VRA officer, on chosen days, for
 * the tests of the measures.
 */
final class ClaimSteps {

    private final ApiClient officer = ApiClient.as("vra.officer");

    /** A claim against a State's military contingent, or a civilian's claim on the UN route when state is null. */
    String received(String state, String receivedOn) {
        return officer.register("{\"receivedOn\":\"" + receivedOn + "\",\"claimType\":\"PATERNITY\","
                + "\"mission\":\"MONUSCO\",\"personnelCategory\":\""
                + (state == null ? "CIVILIAN\"}" : "MILITARY_CONTINGENT\",\"memberState\":\"" + state + "\"}"));
    }

    String notified(String state, String receivedOn, String notifiedOn) {
        String reference = received(state, receivedOn);
        act(
                reference,
                "NOTIFY_MEMBER_STATE",
                "{\"noteVerbaleReference\":\"NV-" + reference + "\",\"notifiedOn\":\"" + notifiedOn + "\"}");
        return reference;
    }

    String acknowledged(String state, String receivedOn, String notifiedOn, String acknowledgedOn) {
        String reference = notified(state, receivedOn, notifiedOn);
        act(reference, "ACKNOWLEDGE", "{\"acknowledgedOn\":\"" + acknowledgedOn + "\"}");
        return reference;
    }

    /** Acknowledged, then paternity established by the alleged father's admission. */
    String established(String state, String receivedOn, String notifiedOn, String acknowledgedOn) {
        String reference = acknowledged(state, receivedOn, notifiedOn, acknowledgedOn);
        act(reference, "RECORD_ADMISSION", "{\"evidence\":\"Signed statement\"}");
        return reference;
    }

    /** Acknowledged, then a DNA test today that excludes paternity. */
    String excluded(String state, String receivedOn, String notifiedOn, String acknowledgedOn) {
        String reference = acknowledged(state, receivedOn, notifiedOn, acknowledgedOn);
        String kit = "K-" + reference;
        act(reference, "START_DNA_TEST", "{\"kitId\":\"" + kit + "\",\"laboratory\":\"Lab A\"}");
        for (String subject : new String[] {"CHILD", "ALLEGED_FATHER"}) {
            act(
                    reference,
                    "RECORD_SAMPLE_COLLECTION",
                    "{\"kitId\":\"" + kit + "\",\"subject\":\"" + subject
                            + "\",\"collectedBy\":\"Nurse\",\"place\":\"Clinic\",\"identityCheck\":\"NATIONAL_ID_CARD\","
                            + "\"sealNumber\":\"S-" + subject + "-" + reference + "\"}");
        }
        act(
                reference,
                "RECORD_LAB_RECEIPT",
                "{\"kitId\":\"" + kit + "\",\"laboratory\":\"Lab A\",\"sealsIntact\":true}");
        act(
                reference,
                "RECORD_DNA_RESULT",
                "{\"kitId\":\"" + kit + "\",\"laboratory\":\"Lab A\"," + "\"conclusion\":\"EXCLUSION\"}");
        return reference;
    }

    void close(String reference, String reason) {
        act(reference, "CLOSE", "{\"reason\":\"" + reason + "\"}");
    }

    void act(String reference, String action, String json) {
        ApiClient.Reply reply = officer.act(reference, action, officer.version(reference), json);
        assertEquals(
                200,
                reply.status(),
                action + " on " + reference + ": " + reply.response().body());
    }
}
