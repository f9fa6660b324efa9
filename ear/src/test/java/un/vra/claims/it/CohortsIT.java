package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cohorts of issue 16 on a small fixture checked by hand: five claims of a mission no other test uses, all
 * received on 10 January 2018. Two resolved in their fourth month (month 3), one in month 14, two still open
 * (censored today, about month 106). Kaplan-Meier: S(3) = 3/5 = 0.6, S(14) = 0.6 x 2/3 = 0.4; so 40% resolved
 * within a year, 60% within two and five, the ten-year share unknown (nobody followed 10 years), median month 14.
 * Counting the open claims as never resolved would give 60% within two years as well, but a 0.4 within a year
 * and a median only by luck: the test also checks the curve.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CohortsIT {

    private static final String MISSION = "MINUJUSTH";

    private final ApiClient taskForce = ApiClient.as("taskforce");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @BeforeAll
    static void fiveClaimsOf2018() {
        ApiClient officer = ApiClient.as("vra.officer");
        for (String admittedOn : new String[] {"2018-04-20", "2018-04-25", "2019-03-15", null, null}) {
            String reference = officer.register("{\"receivedOn\":\"2018-01-10\",\"claimType\":\"PATERNITY\","
                    + "\"mission\":\"" + MISSION + "\",\"personnelCategory\":\"CIVILIAN\"}");
            if (admittedOn != null) {
                ApiClient.Reply admitted = officer.act(
                        reference,
                        "RECORD_ADMISSION",
                        officer.version(reference),
                        "{\"evidence\":\"Signed statement\",\"admittedOn\":\"" + admittedOn + "\"}");
                assertEquals(200, admitted.status(), admitted.response().body());
            }
        }
    }

    @Test
    void theMissionsCohortOf2018HasTheHandCheckedShares() {
        JsonObject cohort = cohort("/claims/api/metrics/cohorts?by=mission&from=2018&to=2018&size=200", MISSION);
        assertEquals(2018, cohort.getInt("yearReceived"));
        assertEquals(5, cohort.getInt("claims"));
        assertEquals(3, cohort.getInt("resolved"));
        assertEquals(0.4, cohort.getJsonNumber("resolvedWithin1Year").doubleValue(), 1e-9);
        assertEquals(0.6, cohort.getJsonNumber("resolvedWithin2Years").doubleValue(), 1e-9);
        assertEquals(0.6, cohort.getJsonNumber("resolvedWithin5Years").doubleValue(), 1e-9);
        assertFalse(cohort.containsKey("resolvedWithin10Years"), "nobody was followed for ten years");
        assertEquals(14, cohort.getInt("medianMonthsToResolution"));
        List<JsonObject> curve = cohort.getJsonArray("curve").stream()
                .map(JsonValue::asJsonObject)
                .toList();
        assertEquals(
                List.of(3, 14), curve.stream().map(step -> step.getInt("month")).toList());
        assertEquals(0.6, curve.get(0).getJsonNumber("unresolved").doubleValue(), 1e-9);
        assertEquals(0.4, curve.get(1).getJsonNumber("unresolved").doubleValue(), 1e-9);
    }

    @Test
    void theGroupsArePagedByTheDatabaseAndTheYearsCohortsHoldTheMissions() {
        JsonObject all = taskForce
                .get("/claims/api/metrics/cohorts?by=mission&from=2018&to=2018&size=200")
                .json();
        int total = all.getInt("total");
        assertTrue(total >= 1);
        int seen = 0;
        for (int page = 0; page < total; page++) {
            JsonObject one = taskForce
                    .get("/claims/api/metrics/cohorts?by=mission&from=2018&to=2018&size=1&page=" + page)
                    .json();
            assertEquals(total, one.getInt("total"));
            seen += one.getJsonArray("items").size();
        }
        assertEquals(all.getJsonArray("items").size(), seen, "one group a page, one cohort a year");

        JsonObject year = cohort("/claims/api/metrics/cohorts?from=2018&to=2018", "2018");
        assertTrue(year.getInt("claims") >= 5, year.toString());
    }

    @Test
    void badQueriesAnswer400AndFocalPointsAre403() {
        for (String query : List.of(
                "by=planet",
                "from=1980&to=2000",
                "from=2020&to=2010",
                "to=2999",
                "from=1990&to=2030",
                "from=x",
                "size=0")) {
            ApiClient.Reply reply = taskForce.get("/claims/api/metrics/cohorts?" + query);
            assertEquals(400, reply.status(), query + ": " + reply.response().body());
            assertEquals("VALIDATION", reply.json().getString("code"), query);
        }
        assertEquals(
                403,
                ApiClient.as("focal.npl").get("/claims/api/metrics/cohorts").status());
    }

    private JsonObject cohort(String path, String key) {
        ApiClient.Reply reply = taskForce.get(path);
        assertEquals(200, reply.status(), reply.response().body());
        return reply.json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(item -> key.equals(item.getString("key", null)))
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(key + " not in " + reply.response().body()));
    }
}
