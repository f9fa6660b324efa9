package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The task force's ratings of every State (issue 16) over a fixture of five States no other test uses: each
 * State's band under the thresholds, the trend against a year before, sorting and paging by the database, the
 * export, the thresholds an administrator sets, and a focal point that sees its own band and the counts per band
 * but never another State's name.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RatingsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String DEFAULTS = "{\"acknowledgedResponsiveFrom\":0.8,\"acknowledgedUnresponsiveBelow\":0.5,"
            + "\"dnaResultResponsiveUpTo\":180,\"dnaResultUnresponsiveAbove\":365,\"idleResponsiveUpTo\":0.2,"
            + "\"idleUnresponsiveAbove\":0.5}";
    private static final Pattern STATE_CODE = Pattern.compile("\"([A-Z]{3})\"");

    private final ApiClient taskForce = ApiClient.as("taskforce");
    private final ApiClient admin = ApiClient.as("vra.admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /**
     * Norway and Denmark acknowledged within 10 days; Sweden one of two notifications in time; Finland silent for
     * 400 days (already late a year ago); Estonia silent for 100 days (notified after the day a year ago).
     */
    @BeforeAll
    static void fiveStates() {
        ClaimSteps steps = new ClaimSteps();
        steps.acknowledged("NOR", daysAgo(20), daysAgo(10), daysAgo(5));
        steps.acknowledged("DNK", daysAgo(20), daysAgo(10), daysAgo(5));
        steps.acknowledged("SWE", daysAgo(20), daysAgo(10), daysAgo(5));
        steps.notified("SWE", daysAgo(70), daysAgo(60));
        steps.notified("FIN", daysAgo(420), daysAgo(400));
        steps.notified("EST", daysAgo(110), daysAgo(100));
    }

    @Test
    void eachStateOfTheFixtureGetsItsBandAndItsTrend() {
        Map<String, JsonObject> rows = allRows("band");
        assertEquals(
                "RESPONSIVE", rows.get("NOR").getString("band"), rows.get("NOR").toString());
        assertEquals(
                1.0, rows.get("NOR").getJsonNumber("acknowledgedInTimeShare").doubleValue(), 1e-9);
        assertEquals(0.0, rows.get("NOR").getJsonNumber("idlePendingShare").doubleValue(), 1e-9);
        assertEquals("Norway", rows.get("NOR").getString("name"));
        assertEquals("RESPONSIVE", rows.get("DNK").getString("band"));
        assertEquals(
                "NEEDS_ATTENTION",
                rows.get("SWE").getString("band"),
                rows.get("SWE").toString());
        assertEquals(
                0.5, rows.get("SWE").getJsonNumber("acknowledgedInTimeShare").doubleValue(), 1e-9);
        assertEquals(2, rows.get("SWE").getInt("pending"));
        assertEquals("UNRESPONSIVE", rows.get("FIN").getString("band"));
        assertEquals(1.0, rows.get("FIN").getJsonNumber("idlePendingShare").doubleValue(), 1e-9, "400 days silent");
        assertEquals("UNRESPONSIVE", rows.get("EST").getString("band"));
        assertFalse(rows.get("NOR").containsKey("medianDaysToDnaResult"), "no DNA result: no figure");

        assertEquals(
                "UNRESPONSIVE",
                rows.get("FIN").getJsonObject("previous").getString("band"),
                "a year ago Finland's notification was already past the 30-day standard");
        assertFalse(rows.get("EST").containsKey("previous"), "Estonia answered for no claim a year ago");
        assertFalse(rows.get("NOR").containsKey("previous"));
    }

    /**
     * Once the spans are rebuilt, a page is kept with the other tables of all States until a claim a State answers
     * for is written: read again after Latvia's new notification, the page shows it.
     */
    @Test
    void aKeptPageIsReadAnewOnceAStatesClaimIsWritten() {
        admin.runJob(MeasuresIT.REBUILD, "");
        JsonObject before = allRows("state").get("LVA");
        int pending = before == null ? 0 : before.getInt("pending");
        assertEquals(before, allRows("state").get("LVA"), "the same page, read twice");
        new ClaimSteps().notified("LVA", daysAgo(30), daysAgo(20));
        assertEquals(pending + 1, allRows("state").get("LVA").getInt("pending"), "the new claim counts at once");
    }

    @Test
    void theDatabaseSortsAndPagesTheTable() {
        List<String> byCode =
                codes(taskForce.get("/claims/api/ratings?size=200&sort=state").json());
        assertEquals(byCode.stream().sorted().toList(), byCode);
        assertTrue(byCode.containsAll(List.of("DNK", "EST", "FIN", "NOR", "SWE")), byCode.toString());

        JsonObject worstFirst = taskForce.get("/claims/api/ratings?size=200").json();
        List<Integer> bands = worstFirst.getJsonArray("items").stream()
                .map(item -> List.of("RESPONSIVE", "NEEDS_ATTENTION", "UNRESPONSIVE")
                        .indexOf(item.asJsonObject().getString("band")))
                .toList();
        List<Integer> descending = new ArrayList<>(bands);
        descending.sort((a, b) -> b - a);
        assertEquals(descending, bands, "the default order is the worst band first");

        int total = worstFirst.getInt("total");
        assertEquals(byCode.size(), total);
        Set<String> paged = new HashSet<>();
        for (int page = 0; page * 2 < total; page++) {
            JsonObject two = taskForce
                    .get("/claims/api/ratings?size=2&sort=-pending&page=" + page)
                    .json();
            assertEquals(total, two.getInt("total"));
            paged.addAll(codes(two));
        }
        assertEquals(Set.copyOf(byCode), paged, "the pages hold every State once");
        assertEquals(
                0,
                taskForce
                        .get("/claims/api/ratings?size=2&page=500")
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(
                total,
                taskForce.get("/claims/api/ratings?size=2&page=500").json().getInt("total"));

        List<JsonObject> byIdle =
                taskForce.get("/claims/api/ratings?size=200&sort=-idle").json().getJsonArray("items").stream()
                        .map(JsonValue::asJsonObject)
                        .toList();
        boolean missingSeen = false;
        for (JsonObject row : byIdle) {
            missingSeen |= !row.containsKey("idlePendingShare");
            assertFalse(missingSeen && row.containsKey("idlePendingShare"), "States without the figure come last");
        }
    }

    @Test
    void badParametersAnswer400WithTheErrorBody() {
        for (String query : List.of("sort=name;drop", "size=201", "page=-1", "asOf=" + TODAY.plusDays(1), "asOf=x")) {
            ApiClient.Reply reply = taskForce.get("/claims/api/ratings?" + query);
            assertEquals(400, reply.status(), query);
            assertEquals("VALIDATION", reply.json().getString("code"), query);
        }
        assertEquals(
                400, taskForce.get("/claims/api/ratings/export?format=docx").status());
    }

    @Test
    void theExportHoldsEveryStateWithItsBandInTheReadersLanguage() {
        ApiClient.Reply csv = taskForce.get("/claims/api/ratings/export?format=csv&sort=state");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").contains("ratings.csv"));
        String[] lines = csv.response().body().replace("\uFEFF", "").strip().split("\r?\n");
        assertTrue(lines[0].startsWith("State,Name,Claims,Pending claims,Overdue steps"), lines[0]);
        assertEquals(allRows("state").size() + 1, lines.length);
        String finland = List.of(lines).stream()
                .filter(line -> line.startsWith("FIN,"))
                .findFirst()
                .orElseThrow();
        assertTrue(finland.contains("Unresponsive"), finland);

        ApiClient.Reply xlsx = taskForce.get("/claims/api/ratings/export?format=xlsx");
        assertEquals(200, xlsx.status());
        ApiClient.Reply pdf = taskForce.get("/claims/api/ratings/export?format=pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.response().body().startsWith("%PDF"));
    }

    @Test
    void anAdministratorMovesAThresholdAndTheBandsFollowAndTheChangeIsAudited() {
        assertEquals(
                0.5,
                taskForce
                        .get("/claims/api/ratings/thresholds")
                        .json()
                        .getJsonNumber("acknowledgedUnresponsiveBelow")
                        .doubleValue());
        try {
            ApiClient.Reply stricter = admin.send(
                    "PUT",
                    "/claims/api/ratings/thresholds",
                    DEFAULTS.replace("\"acknowledgedUnresponsiveBelow\":0.5", "\"acknowledgedUnresponsiveBelow\":0.6"),
                    "application/json",
                    null);
            assertEquals(200, stricter.status(), stricter.response().body());
            assertEquals(
                    0.6,
                    stricter.json()
                            .getJsonNumber("acknowledgedUnresponsiveBelow")
                            .doubleValue(),
                    1e-9);
            assertEquals("UNRESPONSIVE", allRows("state").get("SWE").getString("band"), "half in time is now too few");
        } finally {
            assertEquals(
                    200,
                    admin.send("PUT", "/claims/api/ratings/thresholds", DEFAULTS, "application/json", null)
                            .status());
        }
        assertEquals("NEEDS_ATTENTION", allRows("state").get("SWE").getString("band"));

        ApiClient.Reply outOfOrder = admin.send(
                "PUT",
                "/claims/api/ratings/thresholds",
                DEFAULTS.replace("\"idleResponsiveUpTo\":0.2", "\"idleResponsiveUpTo\":0.9"),
                "application/json",
                null);
        assertEquals(400, outOfOrder.status());
        assertEquals("VALIDATION", outOfOrder.json().getString("code"));
        assertEquals(
                400,
                admin.send("PUT", "/claims/api/ratings/thresholds", "{}", "application/json", null)
                        .status());
        assertEquals(
                403,
                taskForce
                        .send("PUT", "/claims/api/ratings/thresholds", DEFAULTS, "application/json", null)
                        .status());

        List<String> audited = ApiClient.as("auditor")
                .get("/claims/api/audit/access?size=200&reference=RATING_THRESHOLDS&user=vra.admin")
                .json()
                .getJsonArray("items")
                .stream()
                .map(item -> item.asJsonObject().getString("what"))
                .toList();
        assertTrue(
                audited.stream().anyMatch(what -> what.contains("acknowledged 0.8/0.5") && what.contains("0.8/0.6")),
                audited.toString());
    }

    @Test
    void aFocalPointSeesItsOwnBandAndTheCountsPerBandButNoOtherState() {
        new ClaimSteps().notified("NPL", daysAgo(15), daysAgo(12));
        ApiClient nepal = ApiClient.as("focal.npl");
        assertEquals(403, nepal.get("/claims/api/ratings").status());
        assertEquals(403, nepal.get("/claims/api/ratings/export?format=csv").status());

        ApiClient.Reply bands = nepal.get("/claims/api/ratings/bands");
        assertEquals(200, bands.status());
        JsonObject distribution = bands.json();
        assertEquals("NPL", distribution.getString("memberState"));
        assertNotNull(distribution.getString("band"));
        Set<String> named = STATE_CODE
                .matcher(bands.response().body())
                .results()
                .map(found -> found.group(1))
                .collect(Collectors.toSet());
        assertEquals(Set.of("NPL"), named, bands.response().body());
        assertEquals(
                Set.of("asOf", "memberState", "band", "states", "thresholds"), distribution.keySet(), "nothing else");

        JsonObject states = distribution.getJsonObject("states");
        Map<String, JsonObject> rows = allRows("state");
        for (String band : List.of("RESPONSIVE", "NEEDS_ATTENTION", "UNRESPONSIVE")) {
            assertEquals(
                    rows.values().stream()
                            .filter(row -> band.equals(row.getString("band")))
                            .count(),
                    states.getJsonNumber(band).longValue(),
                    band);
        }
        assertEquals(rows.get("NPL").getString("band"), distribution.getString("band"));

        JsonObject forTaskForce = taskForce.get("/claims/api/ratings/bands").json();
        assertNull(forTaskForce.get("memberState"), "the task force has no State of its own");
        assertEquals(states, forTaskForce.getJsonObject("states"));
    }

    private Map<String, JsonObject> allRows(String sort) {
        JsonObject page =
                taskForce.get("/claims/api/ratings?size=200&sort=" + sort).json();
        return page.getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .collect(Collectors.toMap(row -> row.getString("memberState"), row -> row));
    }

    private static List<String> codes(JsonObject page) {
        return page.getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("memberState"))
                .toList();
    }

    private static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }
}
