package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registry of national law over the API against MariaDB: administrators change an entry against the version
 * they read, every version is kept with who and when, officers read it, a focal point reads its own State's only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StateLawIT {

    private static final String NEPAL = "/claims/api/member-states/NPL/law";
    private static final String SOUTH_AFRICA = "/claims/api/member-states/ZAF/law";
    private static final String ENTRY = "{\"dnaEvidence\":\"WITH_COURT_ORDER\","
            + "\"paternityProcedure\":\"A family court establishes paternity on the mother's application.\","
            + "\"supportOrderEnforcement\":\"BY_TREATY\",\"legalAidContacts\":\"National Legal Aid Board\","
            + "\"noteVerbaleLanguages\":[\"fr\",\"en\"],\"missionAddress\":\"12 Embassy Road\"}";

    private final ApiClient admin = ApiClient.as("vra.admin");
    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private long version(String path) {
        ApiClient.Reply read = admin.get(path);
        assertEquals(200, read.status(), read.response().body());
        long version = read.json().getJsonNumber("version").longValue();
        assertEquals("\"" + version + "\"", read.header("ETag"));
        return version;
    }

    private ApiClient.Reply put(ApiClient client, String path, String body, Long ifMatch) {
        return client.send("PUT", path, body, "application/json", ifMatch == null ? null : String.valueOf(ifMatch));
    }

    private static void assertRefused(int status, String code, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.response().body());
        JsonObject error = reply.json();
        assertEquals(code, error.getString("code"));
        assertFalse(error.getString("message").isBlank());
    }

    @Test
    void anAdministratorChangesAnEntryWithIfMatchAndEveryVersionIsKeptWithWhoAndWhen() {
        long seen = version(NEPAL);
        assertRefused(428, "PRECONDITION_REQUIRED", put(admin, NEPAL, ENTRY, null));
        Instant before = Instant.now().minusSeconds(5);
        ApiClient.Reply saved = put(admin, NEPAL, ENTRY, seen);
        assertEquals(200, saved.status(), saved.response().body());
        JsonObject entry = saved.json();
        assertEquals(seen + 1, entry.getJsonNumber("version").longValue());
        assertEquals("\"" + (seen + 1) + "\"", saved.header("ETag"));
        assertEquals("WITH_COURT_ORDER", entry.getString("dnaEvidence"));
        assertEquals("BY_TREATY", entry.getString("supportOrderEnforcement"));
        assertEquals(
                "[\"en\",\"fr\"]", entry.getJsonArray("noteVerbaleLanguages").toString(), "in the UN's order");
        assertEquals("vra.admin", entry.getString("changedBy"));
        assertTrue(Instant.parse(entry.getString("changedAt")).isAfter(before), entry.toString());
        assertEquals("Nepal", entry.getString("memberStateName"));
        assertTrue(entry.containsKey("missionLanguage"), "the mission's language comes from the mail settings");

        ApiClient.Reply stale = put(admin, NEPAL, ENTRY.replace("BY_TREATY", "ENFORCEABLE"), seen);
        assertRefused(412, "STALE_VERSION", stale);
        assertTrue(
                stale.json().getString("message").contains("this State's entry of national law"),
                "the conflict speaks of the entry, not of a claim: "
                        + stale.response().body());
        assertEquals("BY_TREATY", officer.get(NEPAL).json().getString("supportOrderEnforcement"), "nothing stored");

        ApiClient.Reply second = put(admin, NEPAL, ENTRY.replace("BY_TREATY", "ENFORCEABLE"), seen + 1);
        assertEquals(200, second.status(), second.response().body());
        JsonObject history = officer.get(NEPAL + "/history?size=2").json();
        assertTrue(history.getJsonNumber("total").longValue() >= 2, history.toString());
        JsonObject latest = history.getJsonArray("items").getJsonObject(0);
        JsonObject previous = history.getJsonArray("items").getJsonObject(1);
        assertEquals(seen + 2, latest.getJsonNumber("version").longValue());
        assertEquals("ENFORCEABLE", latest.getString("supportOrderEnforcement"));
        assertEquals(seen + 1, previous.getJsonNumber("version").longValue());
        assertEquals("BY_TREATY", previous.getString("supportOrderEnforcement"), "the earlier version is kept");
        assertEquals("vra.admin", previous.getString("changedBy"));
        assertTrue(Instant.parse(previous.getString("changedAt")).isAfter(before));

        JsonObject read = officer.get(NEPAL).json();
        assertEquals(seen + 2, read.getJsonNumber("version").longValue());
        assertEquals("12 Embassy Road", read.getString("missionAddress"));
    }

    @Test
    void aFocalPointReadsItsOwnStatesEntryOnlyAndCannotChangeIt() {
        assertEquals(200, put(admin, NEPAL, ENTRY, version(NEPAL)).status());
        ApiClient.Reply own = nepal.get(NEPAL);
        assertEquals(200, own.status(), own.response().body());
        assertEquals("WITH_COURT_ORDER", own.json().getString("dnaEvidence"));
        assertEquals("UN", own.json().getString("changedBy"), "a State sees the UN, never a staff member's name");
        ApiClient.Reply ownHistory = nepal.get(NEPAL + "/history");
        assertEquals(200, ownHistory.status());
        assertFalse(
                ownHistory.response().body().contains("vra.admin"),
                ownHistory.response().body());

        assertRefused(404, "NOT_FOUND", nepal.get(SOUTH_AFRICA));
        assertRefused(404, "NOT_FOUND", nepal.get(SOUTH_AFRICA + "/history"));
        assertEquals(
                nepal.get(SOUTH_AFRICA).response().body().replace("ZAF", "XYZ"),
                nepal.get("/claims/api/member-states/XYZ/law").response().body(),
                "another State's entry answers like one that does not exist");
        assertEquals(200, officer.get(SOUTH_AFRICA).status(), "the VRA reads every State's");

        long seen = version(NEPAL);
        assertEquals(403, put(nepal, NEPAL, ENTRY, seen).status());
        assertEquals(403, put(officer, NEPAL, ENTRY, seen).status());
        assertEquals(403, ApiClient.as("taskforce").get(NEPAL).status());
        assertEquals(401, ApiClient.anonymous().get(NEPAL).status());
        assertEquals(seen, version(NEPAL), "nothing refused changed the entry");
    }

    @Test
    void hostileInputIsRefusedWith400AndChangesNothing() {
        long seen = version(SOUTH_AFRICA);
        Map<String, String> refused = Map.of(
                ENTRY.replace("WITH_COURT_ORDER", "MAYBE"),
                "dnaEvidence",
                ENTRY.replace("BY_TREATY", "by_treaty"),
                "supportOrderEnforcement",
                ENTRY.replace("A family court", "x".repeat(4001)),
                "paternityProcedure",
                ENTRY.replace("National Legal Aid Board", "x".repeat(2001)),
                "legalAidContacts",
                ENTRY.replace("12 Embassy Road", "x".repeat(1001)),
                "missionAddress",
                ENTRY.replace("[\"fr\",\"en\"]", "[\"de\"]"),
                "noteVerbaleLanguages",
                ENTRY.replace("[\"fr\",\"en\"]", "[\"en\",\"en\"]"),
                "noteVerbaleLanguages",
                "{\"paternityProcedure\":\"no enumerations\"}",
                "dnaEvidence");
        refused.forEach((body, field) -> {
            ApiClient.Reply reply = put(admin, SOUTH_AFRICA, body, seen);
            assertRefused(400, "VALIDATION", reply);
            assertTrue(
                    reply.response().body().contains("\"" + field + "\""),
                    field + ": " + reply.response().body());
        });
        for (String body : new String[] {
            "{not json", "[]", ENTRY.replace("[\"fr\",\"en\"]", "[1,{}]"), ENTRY.replace("[\"fr\",\"en\"]", "\"en\"")
        }) {
            ApiClient.Reply reply = put(admin, SOUTH_AFRICA, body, seen);
            assertEquals(400, reply.status(), body + ": " + reply.response().body());
            assertTrue(reply.json().containsKey("code"), reply.response().body());
        }
        ApiClient.Reply badTag = admin.send("PUT", SOUTH_AFRICA, ENTRY, "application/json", "abc");
        assertRefused(400, "VALIDATION", badTag);
        assertRefused(400, "VALIDATION", admin.get(SOUTH_AFRICA + "/history?size=100000"));
        assertRefused(400, "VALIDATION", admin.get(SOUTH_AFRICA + "/history?page=-1"));
        assertRefused(404, "NOT_FOUND", admin.get("/claims/api/member-states/" + "Z".repeat(500) + "/law"));
        assertRefused(404, "NOT_FOUND", put(admin, "/claims/api/member-states/XYZ/law", ENTRY, 0L));
        assertEquals(seen, version(SOUTH_AFRICA), "nothing refused changed the entry");

        String longest = ENTRY.replace(
                        "A family court establishes paternity on the mother's application.", "محكمة".repeat(800))
                .replace("12 Embassy Road", "地址".repeat(500));
        ApiClient.Reply accepted = put(admin, SOUTH_AFRICA, longest, seen);
        assertEquals(200, accepted.status(), "texts at their bounds, in any script, are kept whole");
        assertEquals("محكمة".repeat(800), admin.get(SOUTH_AFRICA).json().getString("paternityProcedure"));
    }

    @Test
    void theHistoryIsAppendOnlyInTheDatabase() throws SQLException {
        assertEquals(200, put(admin, NEPAL, ENTRY, version(NEPAL)).status());
        try (Connection db = TestDatabase.connect();
                Statement statement = db.createStatement()) {
            assertThrows(
                    SQLException.class,
                    () -> statement.executeUpdate("UPDATE state_law_revision SET changed_by = 'someone'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM state_law_revision"));
        }
        assertEquals(
                "vra.admin",
                officer.get(NEPAL + "/history?size=1")
                        .json()
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getString("changedBy"));
    }
}
