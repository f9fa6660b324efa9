package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The maintained measures (issue 13) are exact: over a register with random histories (seeded; legacy imports
 * with their dated milestones, claims received years ago and notified and acknowledged on past days, holds and
 * resumptions, closures and reopenings), written after a rebuild so that every row comes from the maintenance, the
 * drift check finds no stored row that differs from the state periods, and no figure as of many days (past ones,
 * anniversaries, 29 February, year ends), for every breakdown, whole or for one State, that differs from the count
 * of the periods; the summary read from them equals the summary counted from the periods; a second rebuild changes
 * nothing. Likewise the States' ratings (issue 16) read from their maintained spans equal, State by State and
 * figure by figure, the ratings computed from the periods and events on each of those days (the trend's day a year
 * before among them), over the same histories with DNA results and focal points' comments besides.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MeasuresIT {

    private static final String HEADER = "reference,received_on,claim_type,mission,allegation_reference,"
            + "personnel_category,member_state,status,paternity_outcome,closure_reason,notified_on,acknowledged_on,"
            + "paternity_determined_on,support_arranged_on,closed_on,child_birth_years\n";
    private static final String[] STATES = {"NPL", "BGD", "URY", "PAK"};
    private static final String[] MISSIONS = {"MONUSCO", "MINUSTAH", "UNMIL", "MONUC"};
    private static final String[] UNIFORMED = {"MILITARY_CONTINGENT", "FORMED_POLICE_UNIT", "INDIVIDUAL_POLICE"};
    static final String REBUILD = "/claims/api/admin/aggregates/rebuilds";
    static final String DRIFT = "/claims/api/admin/aggregates/drift-checks";

    private final ApiClient admin = ApiClient.as("vra.admin");
    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ClaimSteps steps = new ClaimSteps();
    private final Random random = new Random(13);
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theMaintainedMeasuresEqualTheCountOfThePeriodsOnEveryDayForEveryBreakdown() {
        JsonObject rebuilt = admin.runJob(REBUILD, "").json();
        assertEquals("aggregates-rebuild", rebuilt.getString("kind"));
        assertEquals(today.toString(), rebuilt.getJsonObject("result").getString("rebuiltOn"), rebuilt.toString());
        assertTrue(rebuilt.getJsonObject("result").getJsonNumber("millis").longValue() >= 0, rebuilt.toString());
        assertTrue(rebuilt.containsKey("startedAt") && rebuilt.containsKey("endedAt"), rebuilt.toString());

        ApiClient.Reply imported = admin.importCsv(legacyFile(40));
        assertEquals(200, imported.status(), imported.response().body());
        List<String> registered = registerWithHistories(24);
        for (String state : STATES) {
            String reference = steps.excluded(
                    state,
                    today.minusDays(400).toString(),
                    today.minusDays(300 + random.nextInt(90)).toString(),
                    today.minusDays(10).toString());
            if (state.equals("NPL")) {
                ApiClient.Reply comment = ApiClient.as("focal.npl")
                        .act(reference, "ADD_COMMENT", officer.version(reference), "{\"text\":\"Our answer\"}");
                assertEquals(200, comment.status(), comment.response().body());
            }
        }

        List<LocalDate> days = new ArrayList<>(List.of(
                today,
                today.minusDays(1),
                today.minusYears(1),
                today.withDayOfMonth(1),
                LocalDate.of(2020, 2, 29),
                LocalDate.of(2021, 3, 1),
                LocalDate.of(2016, 12, 31),
                LocalDate.of(2017, 1, 1),
                LocalDate.of(2009, 6, 30)));
        for (int i = 0; i < 10; i++) {
            days.add(today.minusDays(random.nextInt(6000)));
        }
        for (LocalDate day : days) {
            assertNoDrift(admin, day, null);
            assertEquals(
                    admin.get("/claims/api/metrics/summary?receivedFrom=1900-01-01&asOf=" + day)
                            .json(),
                    admin.get("/claims/api/metrics/summary?asOf=" + day).json(),
                    "the summary as of " + day);
        }
        for (String state : STATES) {
            assertNoDrift(admin, today, state);
            assertNoDrift(admin, today.minusYears(3).minusDays(random.nextInt(300)), state);
        }

        JsonObject ratings = admin.get("/claims/api/ratings?sort=name&size=200").json();
        for (String state : STATES) {
            assertTrue(ratings.toString().contains("\"memberState\":\"" + state + "\""), ratings.toString());
        }
        JsonObject before = admin.get("/claims/api/metrics/summary").json();
        admin.runJob(REBUILD, "");
        assertNoDrift(admin, today, null);
        assertEquals(before, admin.get("/claims/api/metrics/summary").json());
        assertTrue(registered.size() > 20);
    }

    @Test
    void onlyAnAdministratorRebuildsOrChecksAndBadInputIsRefused() {
        assertEquals(403, officer.post(REBUILD, "").status());
        assertEquals(403, ApiClient.as("focal.npl").post(REBUILD, "").status());
        assertEquals(403, ApiClient.as("taskforce").post(DRIFT, "").status());
        assertEquals(403, ApiClient.as("auditor").post(DRIFT, "").status());
        ApiClient.Reply future = admin.post(DRIFT + "?asOf=" + today.plusDays(2), "");
        assertEquals(400, future.status());
        assertEquals("VALIDATION", future.json().getString("code"));
        assertEquals(400, admin.post(DRIFT + "?asOf=2020-13-45", "").status());
        assertEquals(
                400, admin.post(DRIFT + "?memberState=" + "X".repeat(300), "").status());

        String rebuild = admin.runJob(REBUILD, "").json().getString("id");
        String check = admin.runJob(DRIFT, "").json().getString("id");
        assertEquals(403, officer.get(REBUILD + "/" + rebuild).status());
        assertEquals(403, ApiClient.as("taskforce").get(DRIFT + "/" + check).status());
        assertEquals(403, ApiClient.as("focal.npl").get(DRIFT + "/" + check).status());
        for (String unknown : List.of("6f1c0a52-3c1e-4f7e-9d35-0d4a1b2c3e4f", "x".repeat(300), check)) {
            ApiClient.Reply missing = admin.get(REBUILD + "/" + unknown);
            assertEquals(404, missing.status(), unknown);
            assertEquals("NOT_FOUND", missing.json().getString("code"));
        }
        assertEquals(404, admin.get(DRIFT + "/" + rebuild).status(), "a rebuild is no drift check");
        assertEquals(
                404, admin.get("/claims/api/outbox/reminder-runs/" + rebuild).status(), "nor a reminder run");
        assertEquals(404, admin.post("/claims/api/admin/aggregates/rebuild", "").status(), "the old rebuild");
        assertEquals(404, admin.get("/claims/api/admin/aggregates/drift").status(), "the old drift check");
    }

    /**
     * One rebuild at a time: while one waits for a lock the test holds on the rows it deletes first, a second is
     * refused with the running one's address, which then ends {@code DONE}.
     */
    @Test
    void aSecondRebuildWhileOneRunsIsRefusedWithTheRunningOnesAddress() throws Exception {
        admin.runJob(REBUILD, "");
        String first;
        try (Connection db = TestDatabase.connect();
                Statement lock = db.createStatement()) {
            db.setAutoCommit(false);
            lock.executeQuery("SELECT year_start FROM claim_measure_year FOR UPDATE")
                    .close();
            ApiClient.Reply started = admin.post(REBUILD, "");
            assertEquals(202, started.status(), started.response().body());
            assertEquals("RUNNING", started.json().getString("state"));
            first = URI.create(started.header("Location")).getPath();
            assertEquals(REBUILD + "/" + started.json().getString("id"), first);

            ApiClient.Reply second = admin.post(REBUILD, "");
            assertEquals(409, second.status(), second.response().body());
            assertEquals("JOB_RUNNING", second.json().getString("code"));
            assertEquals(first, URI.create(second.header("Location")).getPath());
            assertEquals("RUNNING", admin.get(first).json().getString("state"));
            db.rollback();
        }
        JsonObject ended = admin.follow(first).json();
        assertEquals("DONE", ended.getString("state"), ended.toString());
        assertTrue(ended.getJsonObject("result").getJsonNumber("rows").longValue() > 0, ended.toString());
        assertEquals("DONE", admin.runJob(DRIFT, "").json().getString("state"), "a drift check is another kind");
    }

    /**
     * A rebuild reads the periods committed when it reads them and locks none: a claim written meanwhile, whose new
     * period is not committed yet, holds up neither the rebuild nor itself (reading them under locks, a rebuild and
     * a claim written meanwhile deadlocked, and the claim's request answered 500).
     */
    @Test
    void aRebuildNeitherWaitsForNorLocksAPeriodWrittenMeanwhile() throws Exception {
        officer.register(ClaimsApiIT.NEPAL_CLAIM);
        try (Connection db = TestDatabase.connect();
                Statement write = db.createStatement()) {
            db.setAutoCommit(false);
            assertEquals(
                    1,
                    write.executeUpdate("INSERT INTO claim_state_period (claim_id, claim_type, member_state, mission,"
                            + " paternity_outcome, personnel_category, received_on, route, status, valid_from,"
                            + " valid_to, id) SELECT claim_id, claim_type, member_state, mission, paternity_outcome,"
                            + " personnel_category, received_on, route, status, '1901-01-01', '1901-01-02', "
                            + TestDatabase.nextId("claim_state_period")
                            + " FROM claim_state_period ORDER BY id DESC LIMIT 1"));
            long started = System.nanoTime();
            JsonObject rebuilt = admin.runJob(REBUILD, "").json();
            long seconds =
                    java.time.Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertTrue(seconds < 30, "the rebuild waited " + seconds + " s for the period written meanwhile");
            assertTrue(rebuilt.getJsonObject("result").getJsonNumber("rows").longValue() > 0, rebuilt.toString());
            db.rollback();
        }
        admin.runJob(REBUILD, "");
        assertNoDrift(admin, today, null);
    }

    /**
     * A claim written while a rebuild runs notes itself for the ratings ({@code state_rating_dirty}) before its period
     * updates the measures. The rebuild takes no note: here a writer holds its note uncommitted, the rebuild ends
     * meanwhile, and the writer then updates the measures and commits. Rebuilt in one transaction that removed every
     * note first, a rebuild waited for that note; with the measures rebuilt first, it also deadlocked with the claim,
     * whose request answered 500 (seen in {@code GeneratedHostileInputIT}, which starts rebuilds among its requests).
     */
    @Test
    void aRebuildEndsWhileAClaimWrittenMeanwhileHoldsItsNote() throws Exception {
        officer.register(ClaimsApiIT.NEPAL_CLAIM);
        admin.runJob(REBUILD, "");
        try (Connection writer = TestDatabase.asOwner();
                Statement write = writer.createStatement()) {
            writer.setAutoCommit(false);
            write.setQueryTimeout(20);
            write.executeUpdate("INSERT INTO state_rating_dirty (claim_id) SELECT MAX(id) FROM claim");
            JsonObject ended = admin.runJob(REBUILD, "").json();
            assertEquals("DONE", ended.getString("state"), ended.toString());
            write.executeQuery("SELECT claims FROM claim_measure FOR UPDATE").close();
            writer.commit();
        }
        assertNoDrift(admin, today, null);
    }

    /**
     * Every stored row of the measures equals the count of the periods, and the figures as of {@code day} (of
     * {@code state}'s own row, when named) equal those counted: the drift check, run by {@code admin}.
     */
    static void assertNoDrift(ApiClient admin, LocalDate day, String state) {
        JsonObject check = admin.runJob(DRIFT + "?asOf=" + day + (state == null ? "" : "&memberState=" + state), "")
                .json();
        assertEquals("aggregates-drift-check", check.getString("kind"));
        JsonObject report = check.getJsonObject("result");
        String where = day + (state == null ? "" : " for " + state) + ": " + report;
        assertTrue(report.getBoolean("built"), where);
        assertEquals(0, report.getJsonNumber("dayRows").longValue(), where);
        assertEquals(0, report.getJsonNumber("monthRows").longValue(), where);
        assertEquals(0, report.getJsonNumber("yearRows").longValue(), where);
        assertEquals(0, report.getJsonNumber("figures").longValue(), where);
        assertTrue(report.getBoolean("ratingsBuilt"), where);
        assertEquals(0, report.getJsonArray("differentRatings").size(), where);
        assertEquals(0, report.getJsonArray("differentMajorities").size(), where);
    }

    /** Legacy rows with random milestones from 2008 on, some received on a 29 February. */
    private String legacyFile(int rows) {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) {
            LocalDate received = i % 10 == 0
                    ? LocalDate.of(2008 + 4 * random.nextInt(4), 2, 29)
                    : LocalDate.of(2008, 1, 1).plusDays(random.nextInt(5800));
            LocalDate notified = received.plusDays(1 + random.nextInt(400));
            LocalDate acknowledged = notified.plusDays(1 + random.nextInt(400));
            LocalDate determined = acknowledged.plusDays(1 + random.nextInt(600));
            LocalDate arranged = determined.plusDays(1 + random.nextInt(300));
            LocalDate closed = arranged.plusDays(1 + random.nextInt(900));
            String state = STATES[random.nextInt(STATES.length)];
            String mission = MISSIONS[random.nextInt(MISSIONS.length)];
            String category = UNIFORMED[random.nextInt(UNIFORMED.length)];
            String row = switch (random.nextInt(6)) {
                case 0 -> row(received, mission, category, state, "RECEIVED,UNDETERMINED,", "", "", "", "", "");
                case 1 -> row(received, mission, category, state, "NOTIFIED,UNDETERMINED,", notified, "", "", "", "");
                case 2 ->
                    row(
                            received,
                            mission,
                            category,
                            state,
                            "SUPPORT_ARRANGED,ESTABLISHED,",
                            notified,
                            acknowledged,
                            determined,
                            arranged,
                            "");
                case 3 ->
                    row(
                            received,
                            mission,
                            category,
                            state,
                            "CLOSED,ESTABLISHED,RESOLVED",
                            notified,
                            acknowledged,
                            determined,
                            arranged,
                            closed);
                case 4 ->
                    row(
                            received,
                            mission,
                            "CIVILIAN",
                            "",
                            "CLOSED,EXCLUDED,PATERNITY_EXCLUDED",
                            "",
                            "",
                            determined,
                            "",
                            closed);
                default -> row(received, mission, "CIVILIAN", "", "RECEIVED,UNDETERMINED,", "", "", "", "", "");
            };
            csv.append(row);
        }
        return csv.toString();
    }

    private static String row(
            LocalDate received,
            String mission,
            String category,
            String state,
            String statusOutcomeReason,
            Object notified,
            Object acknowledged,
            Object determined,
            Object arranged,
            Object closed) {
        LocalDate last = LocalDate.now(ZoneOffset.UTC);
        for (Object day : new Object[] {notified, acknowledged, determined, arranged, closed}) {
            if (day instanceof LocalDate date && date.isAfter(last)) {
                return ",%s,PATERNITY,%s,,%s,%s,RECEIVED,UNDETERMINED,,,,,,,%d\n"
                        .formatted(received, mission, category, state, received.getYear());
            }
        }
        return ",%s,PATERNITY,%s,,%s,%s,%s,%s,%s,%s,%s,%s,%d\n"
                .formatted(
                        received,
                        mission,
                        category,
                        state,
                        statusOutcomeReason,
                        notified,
                        acknowledged,
                        determined,
                        arranged,
                        closed,
                        received.getYear());
    }

    /**
     * None to three children born up to 18 years before {@code received}, some sharing a month of majority, so that
     * the counts of the children coming of age are kept through registrations, closures and reopenings.
     */
    private String children(LocalDate received) {
        StringBuilder children = new StringBuilder(",\"children\":[");
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate born = received.minusDays(random.nextInt(18 * 365));
            children.append("{\"birthYear\":")
                    .append(born.getYear())
                    .append(",\"birthDate\":\"")
                    .append(born)
                    .append("\",\"sex\":\"FEMALE\"}")
                    .append(i > 1 ? "," : "");
        }
        return children.append("]").toString();
    }

    /**
     * Claims received on past days, some notified and acknowledged on later past days, then held and resumed,
     * closed and reopened today: periods that start and end on the same day, and claims whose age band moved.
     */
    private List<String> registerWithHistories(int count) {
        List<String> references = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate received = i % 8 == 0 ? LocalDate.of(2016, 2, 29) : today.minusDays(random.nextInt(5000));
            boolean civilian = random.nextInt(5) == 0;
            String state = STATES[random.nextInt(STATES.length)];
            String reference = officer.register("{\"receivedOn\":\"" + received + "\",\"claimType\":\"PATERNITY\","
                    + "\"mission\":\"" + MISSIONS[random.nextInt(MISSIONS.length)] + "\",\"personnelCategory\":\""
                    + (civilian
                            ? "CIVILIAN\""
                            : UNIFORMED[random.nextInt(UNIFORMED.length)] + "\",\"memberState\":\"" + state + "\"")
                    + children(received) + "}");
            references.add(reference);
            if (!civilian && random.nextBoolean()) {
                LocalDate notified =
                        received.plusDays(random.nextInt((int) (today.toEpochDay() - received.toEpochDay()) + 1));
                steps.act(
                        reference,
                        "NOTIFY_MEMBER_STATE",
                        "{\"noteVerbaleReference\":\"NV-" + reference + "\",\"notifiedOn\":\"" + notified + "\"}");
                if (random.nextBoolean()) {
                    LocalDate acknowledged =
                            notified.plusDays(random.nextInt((int) (today.toEpochDay() - notified.toEpochDay()) + 1));
                    steps.act(reference, "ACKNOWLEDGE", "{\"acknowledgedOn\":\"" + acknowledged + "\"}");
                }
            }
            switch (random.nextInt(4)) {
                case 0 -> {
                    steps.act(reference, "PUT_ON_HOLD", "{\"reason\":\"The claimant asked for time\"}");
                    if (random.nextBoolean()) {
                        steps.act(reference, "RESUME", "{}");
                    }
                }
                case 1 -> {
                    steps.act(reference, "CLOSE", "{\"reason\":\"WITHDRAWN\"}");
                    if (random.nextBoolean()) {
                        steps.act(reference, "REOPEN", "{\"reason\":\"The claimant came back\"}");
                    }
                }
                default -> {}
            }
        }
        return references;
    }
}
