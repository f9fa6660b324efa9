package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail, sign-in hardening and security headers, over HTTP against the deployed EAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private final ApiClient auditor = ApiClient.as("auditor");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void everyReadOfPersonalDataIsInTheAccessLogForAuditorsOnly() {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        officer.get("/claims/api/claims/" + ref);
        officer.get("/claims/api/claims/" + ref + "/timeline");
        ApiClient.notifiedByAdmin(ref);
        ApiClient.as("focal.npl").get("/claims/api/claims/" + ref);

        JsonObject log = auditor.get("/claims/api/audit/access?reference=" + ref + "&size=50")
                .json();
        assertEquals(
                6,
                log.getInt("total"),
                "the registration's answer, two reads, the administrator's read and"
                        + " notification, and the focal point's read: " + log);
        List<String> who = log.getJsonArray("items").stream()
                .map(i -> i.asJsonObject().getString("username") + "/"
                        + i.asJsonObject().getString("channel") + "/"
                        + i.asJsonObject().getString("remoteAddress"))
                .toList();
        assertTrue(who.contains("vra.officer/API/127.0.0.1"), who.toString());
        assertTrue(who.contains("focal.npl/API/127.0.0.1"), who.toString());
        assertEquals(
                1,
                auditor.get("/claims/api/audit/access?reference=" + ref + "&user=focal.npl")
                        .json()
                        .getInt("total"));

        assertEquals(
                403, ApiClient.as("focal.npl").get("/claims/api/audit/access").status());
        assertEquals(403, officer.get("/claims/api/audit/access").status());
        assertEquals(
                403, ApiClient.as("taskforce").get("/claims/api/audit/sign-ins").status());
    }

    @Test
    void theApplicationsRuntimeDatabaseAccountCanNeitherChangeNorEraseTheTimelineOrTheAuditTrail() throws SQLException {
        ApiClient.as("vra.officer").get("/claims/api/claims?size=1");
        try (Connection runtime = DriverManager.getConnection(
                        System.getenv("CLAIMS_DB_URL"),
                        System.getenv("CLAIMS_DB_USER"),
                        System.getenv("CLAIMS_DB_PASSWORD"));
                Statement statement = runtime.createStatement()) {
            for (String table : List.of("access_log", "security_event", "claim_event")) {
                for (String change : List.of(
                        "UPDATE " + table + " SET id = id",
                        "DELETE FROM " + table,
                        "TRUNCATE TABLE " + table,
                        "DROP TRIGGER " + table + "_no_update",
                        "ALTER TABLE " + table + " ADD COLUMN x INT",
                        "DROP TABLE " + table)) {
                    SQLException refused = assertThrows(SQLException.class, () -> statement.execute(change), change);
                    assertTrue(refused.getMessage().contains("denied"), change + ": " + refused.getMessage());
                }
            }
            assertThrows(SQLException.class, () -> statement.execute("CREATE TABLE x (id INT)"));
            assertTrue(statement.executeQuery("SELECT COUNT(*) FROM access_log").next(), "it reads the audit trail");
        }
        try (Connection owner = DriverManager.getConnection(
                        System.getenv("CLAIMS_DB_URL"),
                        System.getenv("CLAIMS_DB_OWNER_USER"),
                        System.getenv("CLAIMS_DB_OWNER_PASSWORD"));
                Statement statement = owner.createStatement()) {
            SQLException refused =
                    assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM access_log"));
            assertTrue(
                    refused.getMessage().contains("append-only"),
                    "even the owner meets the triggers: " + refused.getMessage());
        }
    }

    @Test
    void failedSignInsRefusalsAndOtherStatesClaimsAreRecorded() {
        assertEquals(
                401,
                ApiClient.as("nobody.here", "wrong-password-1")
                        .get("/claims/api/claims")
                        .status());
        assertEquals(403, ApiClient.as("taskforce").get("/claims/api/claims").status());
        String nepal = ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM);
        assertEquals(
                404,
                ApiClient.as("focal.zaf").get("/claims/api/claims/" + nepal).status());

        assertTrue(total("/claims/api/audit/sign-ins?outcome=SIGN_IN_FAILURE&user=nobody.here") >= 1);
        assertTrue(total("/claims/api/audit/sign-ins?outcome=SIGN_IN_SUCCESS&user=taskforce") >= 1);
        assertTrue(total("/claims/api/audit/sign-ins?outcome=ACCESS_REFUSED&user=taskforce") >= 1);
        JsonObject crossTenant = auditor.get("/claims/api/audit/sign-ins?outcome=OTHER_STATE_REFUSED&user=focal.zaf")
                .json();
        assertTrue(
                crossTenant.getJsonArray("items").stream()
                        .anyMatch(i -> nepal.equals(i.asJsonObject().getString("detail"))),
                crossTenant.toString());
        assertEquals(
                400, auditor.get("/claims/api/audit/sign-ins?outcome=MAYBE").status());
    }

    @Test
    void repeatedFailuresSlowAnAccountDownForSecondsNotForLong() throws InterruptedException {
        Throttling.failChecked(i -> ApiClient.as("auditor", "not-the-password-" + i), "/claims/api/audit/access", 6);
        ApiClient.Reply waiting = ApiClient.as("auditor").get("/claims/api/audit/access");
        assertEquals(429, waiting.status(), "right after six failures even the right password waits, unchecked");
        assertEquals("SIGN_IN_THROTTLED", waiting.json().getString("code"));
        long retryAfter = Long.parseLong(waiting.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 2, "seconds, not minutes: " + retryAfter);
        Thread.sleep(retryAfter * 1000);
        assertEquals(
                200,
                ApiClient.as("auditor").get("/claims/api/audit/access").status(),
                "after the delay the real user is back in");
        long reported = 0;
        for (int i = 0; i < 20 && reported == 0; i++) {
            Thread.sleep(500);
            reported = total("/claims/api/audit/sign-ins?outcome=SIGN_IN_THROTTLED&user=auditor");
        }
        assertTrue(reported >= 1, "the throttled attempt is reported");
    }

    @Test
    void anUnknownUserAndAWrongPasswordGetTheSameAnswerInSimilarTime() {
        List<Long> unknown = new ArrayList<>();
        List<Long> wrong = new ArrayList<>();
        String unknownBody = null;
        String wrongBody = null;
        for (int i = 0; i < 4; i++) {
            String ghost = "ghost.user." + i;
            ApiClient.Reply a =
                    timed(unknown, () -> ApiClient.as(ghost, "some-password-1").get("/claims/api/claims"));
            ApiClient.Reply b = timed(
                    wrong, () -> ApiClient.as("vra.admin", "some-password-1").get("/claims/api/claims"));
            assertEquals(401, a.status());
            assertEquals(401, b.status());
            unknownBody = a.response().body();
            wrongBody = b.response().body();
        }
        assertEquals(unknownBody, wrongBody);
        long medianUnknown = median(unknown);
        long medianWrong = median(wrong);
        assertTrue(
                Math.abs(medianUnknown - medianWrong) < Math.max(medianUnknown, medianWrong) / 2,
                "unknown " + unknown + " ms, wrong password " + wrong + " ms");
        assertEquals(
                200, ApiClient.as("vra.admin").get("/claims/api/claims?size=1").status());
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        ApiClient.Reply page = ApiClient.anonymous().get("/claims/sign-in.xhtml");
        assertTrue(page.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        ApiClient.Reply api = ApiClient.as("vra.officer").get("/claims/api/claims?size=1");
        assertEquals("nosniff", api.header("X-Content-Type-Options"));
        assertTrue(api.header("Cache-Control").contains("no-store"));
        assertEquals(401, ApiClient.anonymous().get("/claims/api/audit/access").status());
    }

    private long total(String path) {
        return auditor.get(path).json().getJsonNumber("total").longValue();
    }

    private static ApiClient.Reply timed(List<Long> times, Supplier<ApiClient.Reply> request) {
        long start = System.nanoTime();
        ApiClient.Reply reply = request.get();
        times.add((System.nanoTime() - start) / 1_000_000);
        return reply;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
