package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The report's dimensions (issue 16) over HTTP, on a real database: a child named in two claims counts once; the
 * claim-type and host-country filters on every measure, and the breakdown by host country, the same from the
 * maintained measures as from the periods; allegations by year, from registration and from an import that carries
 * the allegation's year and the government-provided personnel category. Each test works on its own State, so that
 * the claims of other tests in the same database do not move its figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportDimensionsIT {

    private static final String METRICS = "/claims/api/metrics/";

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient admin = ApiClient.as("vra.admin");
    private final ApiClient taskForce = ApiClient.as("taskforce");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aChildNamedInAPaternityClaimAndInASupportClaimCountsOnce() {
        assertEquals(0, children("summary?memberState=WSM"), "no other test names WSM");
        String paternity = officer.register(claim(
                "WSM",
                "PATERNITY",
                "MINUSTAH",
                null,
                null,
                "\"claimant\":{\"name\":\"Amina Example\"},\"children\":[{\"name\":\"Marie Joseph\","
                        + "\"birthYear\":2019,\"sex\":\"FEMALE\"}]"));
        officer.register(claim(
                "WSM",
                "CHILD_SUPPORT",
                "MINUJUSTH",
                null,
                null,
                "\"claimant\":{\"name\":\"  AMINA  example\"},\"children\":[{\"name\":\"marie josèph\","
                        + "\"birthYear\":2019,\"sex\":\"FEMALE\"},{\"name\":\"Paul Joseph\",\"birthYear\":2021,"
                        + "\"sex\":\"MALE\"}]"));

        assertEquals(2, children("summary?memberState=WSM"), "three children named, two children");
        assertEquals(2, children("summary?memberState=WSM&hostCountry=HTI"));
        assertEquals(1, children("summary?memberState=WSM&claimType=PATERNITY"));
        JsonObject row = row(taskForce.get(METRICS + "member-states").jsonArray(), "memberState", "WSM");
        assertEquals(2, row.getJsonNumber("children").longValue());

        JsonObject details = officer.get("/claims/api/claims/" + paternity).json();
        assertEquals("HTI", details.getString("hostCountry"), "Haiti hosts MINUSTAH");
    }

    @Test
    void theClaimTypeAndHostCountryFiltersApplyToEveryMeasureAndTheMaintainedFiguresAgree() {
        officer.register(claim("TON", "PATERNITY", "MINUSTAH", null, null, null));
        officer.register(claim("TON", "PATERNITY", "MINUJUSTH", null, null, null));
        officer.register(claim("TON", "CHILD_SUPPORT", "MINUJUSTH", null, null, null));
        officer.register(claim("TON", "PATERNITY", "MONUSCO", null, null, null));

        assertEquals(4, total("summary?memberState=TON"));
        assertEquals(3, total("summary?memberState=TON&claimType=PATERNITY"));
        assertEquals(3, total("summary?memberState=TON&hostCountry=HTI"));
        assertEquals(2, total("summary?memberState=TON&hostCountry=hti&claimType=PATERNITY"));
        assertEquals(0, total("summary?memberState=TON&hostCountry=LBN"));

        JsonArray byHost = taskForce
                .get(METRICS + "breakdown?by=hostCountry&memberState=TON")
                .jsonArray();
        assertEquals(3, row(byHost, "key", "HTI").getJsonNumber("claims").longValue());
        assertEquals(1, row(byHost, "key", "COD").getJsonNumber("claims").longValue());
        JsonArray byState = taskForce
                .get(METRICS + "breakdown?by=memberState&claimType=CHILD_SUPPORT&hostCountry=HTI")
                .jsonArray();
        assertEquals(1, row(byState, "key", "TON").getJsonNumber("claims").longValue());
        long trend = taskForce.get(METRICS + "trend?memberState=TON&claimType=PATERNITY").jsonArray().stream()
                .mapToLong(point -> point.asJsonObject().getJsonNumber("claims").longValue())
                .sum();
        assertEquals(3, trend);
        JsonObject states = row(
                taskForce
                        .get(METRICS + "member-states?claimType=PATERNITY&hostCountry=HTI")
                        .jsonArray(),
                "memberState",
                "TON");
        assertEquals(2, states.getJsonNumber("pending").longValue());
        assertEquals(
                200,
                taskForce
                        .get(METRICS + "cohorts?by=hostCountry&claimType=PATERNITY&hostCountry=HTI")
                        .status());

        Map<String, Long> counted = claimsByKey("breakdown?by=hostCountry");
        admin.runJob("/claims/api/admin/aggregates/rebuilds", "");
        assertEquals(counted, claimsByKey("breakdown?by=hostCountry"), "maintained = counted by host country");
        assertEquals(
                counted.get("HTI"),
                total("summary?hostCountry=HTI"),
                "a host country's figure is the same filtered or grouped");
        JsonObject drift = admin.runJob("/claims/api/admin/aggregates/drift-checks", "")
                .json()
                .getJsonObject("result");
        assertEquals(0, drift.getJsonNumber("figures").longValue(), drift.toString());
        assertEquals(0, drift.getJsonNumber("dayRows").longValue(), drift.toString());
    }

    @Test
    void badFiltersAreRefusedAsValidationErrors() {
        for (String query : List.of(
                "summary?claimType=NOPE",
                "summary?hostCountry=H1",
                "trend?hostCountry=" + "X".repeat(300),
                "member-states?claimType=" + "P".repeat(200),
                "breakdown?by=hostCountry&category=SOLDIER",
                "allegations?asOf=2020-13-45",
                "cohorts?claimType=nope")) {
            ApiClient.Reply refused = taskForce.get(METRICS + query);
            assertEquals(
                    400, refused.status(), query + ": " + refused.response().body());
            assertEquals("VALIDATION", refused.json().getString("code"), query);
        }
        StringBuilder missions = new StringBuilder("summary?mission=M0");
        for (int i = 1; i <= 60; i++) {
            missions.append("&mission=M").append(i);
        }
        assertEquals(400, taskForce.get(METRICS + missions).status());
    }

    @Test
    void allegationsCountByTheirYearFromRegistrationAndFromAnImport() {
        officer.register(claim("VUT", "PATERNITY", "MINUSTAH", "SEA-DIMS-0001", 2023, null));
        officer.register(claim("VUT", "CHILD_SUPPORT", "MINUSTAH", "SEA-DIMS-0001", null, null));
        officer.register(claim("VUT", "PATERNITY", "UNMISS", "SEA-DIMS-0002", null, null));
        officer.register(claim("VUT", "PATERNITY", "UNMISS", null, null, null));
        String csv = "reference,received_on,claim_type,mission,allegation_reference,personnel_category,member_state,"
                + "status,paternity_outcome,closure_reason,notified_on,acknowledged_on,paternity_determined_on,"
                + "support_arranged_on,closed_on,child_birth_years,allegation_year\n"
                + ",2022-06-01,PATERNITY,MINUSCA,SEA-DIMS-0003,GOVERNMENT_PROVIDED_PERSONNEL,VUT,RECEIVED,UNDETERMINED"
                + ",,,,,,,2021,2022\n"
                + ",2022-07-01,PATERNITY,MINUSCA,SEA-DIMS-0003,GOVERNMENT_PROVIDED_PERSONNEL,VUT,RECEIVED,UNDETERMINED"
                + ",,,,,,,2021,\n";
        ApiClient.Reply imported = admin.importCsv(csv);
        assertEquals(200, imported.status(), imported.response().body());

        JsonArray years = taskForce.get(METRICS + "allegations?memberState=VUT").jsonArray();
        assertEquals(
                List.of("2022:1:2", "2023:1:2", "2024:1:1"),
                years.stream()
                        .map(JsonValue::asJsonObject)
                        .map(year -> year.getInt("year") + ":" + year.getJsonNumber("allegations") + ":"
                                + year.getJsonNumber("claims"))
                        .toList());
        JsonArray paternity = taskForce
                .get(METRICS + "allegations?memberState=VUT&claimType=PATERNITY")
                .jsonArray();
        assertEquals(1, row(paternity, "year", 2023).getJsonNumber("claims").longValue());
        assertEquals(2, total("summary?memberState=VUT&category=GOVERNMENT_PROVIDED_PERSONNEL"));
        ApiClient.Reply later =
                officer.post("/claims/api/claims", claim("VUT", "PATERNITY", "UNMISS", "SEA-DIMS-0004", 2025, null));
        assertEquals(400, later.status(), later.response().body());
        assertEquals("VALIDATION", later.json().getString("code"));
    }

    static String claim(
            String state, String type, String mission, String allegation, Integer allegationYear, String more) {
        return "{\"receivedOn\":\"2024-05-02\",\"claimType\":\"" + type + "\",\"mission\":\"" + mission + "\","
                + "\"personnelCategory\":\"MILITARY_CONTINGENT\",\"memberState\":\"" + state + "\""
                + (allegation == null ? "" : ",\"allegationReference\":\"" + allegation + "\"")
                + (allegationYear == null ? "" : ",\"allegationYear\":" + allegationYear)
                + (more == null ? "" : "," + more) + "}";
    }

    private long total(String query) {
        ApiClient.Reply reply = taskForce.get(METRICS + query);
        assertEquals(200, reply.status(), query + ": " + reply.response().body());
        return reply.json().getJsonNumber("total").longValue();
    }

    private long children(String query) {
        ApiClient.Reply reply = taskForce.get(METRICS + query);
        assertEquals(200, reply.status(), query + ": " + reply.response().body());
        return reply.json().getJsonNumber("children").longValue();
    }

    private Map<String, Long> claimsByKey(String query) {
        Map<String, Long> claims = new HashMap<>();
        for (JsonValue value : taskForce.get(METRICS + query).jsonArray()) {
            JsonObject row = value.asJsonObject();
            claims.put(row.getString("key", ""), row.getJsonNumber("claims").longValue());
        }
        assertTrue(claims.containsKey("HTI"), claims.toString());
        return claims;
    }

    private static JsonObject row(JsonArray rows, String field, Object value) {
        return rows.stream()
                .map(JsonValue::asJsonObject)
                .filter(row -> row.containsKey(field)
                        && row.get(field).toString().replace("\"", "").equals(String.valueOf(value)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + field + " " + value + " in " + rows));
    }
}
