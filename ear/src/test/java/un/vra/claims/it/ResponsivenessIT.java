package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A State's responsiveness as it cannot game it (issue 11): its steps count on the day they were recorded,
 * only its own events keep a claim from being idle, withdrawn claims and days on hold are not held against it,
 * a claim not yet notified is in none of its counts, and the median of all States needs five of them. The
 * database is shared with the other tests, so each test compares Nepal's figures before and after its own
 * claims, or reads States and days that no other test uses.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ResponsivenessIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final ClaimSteps steps = new ClaimSteps();
    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");
    private final ApiClient admin = ApiClient.as("vra.admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void anAcknowledgementRecordedTodayWithADeclaredDayOf100DaysAgoCountsAsLate() {
        String late = steps.notified("NPL", daysAgo(120), daysAgo(110));
        double before = nepalsFigure("acknowledgedInTimeShare");
        assertTrue(before < 1, "the unanswered notification of 110 days ago is late: " + before);

        act(nepal, late, "ACKNOWLEDGE", "{\"acknowledgedOn\":\"" + daysAgo(100) + "\"}");
        assertTrue(
                officer.get("/claims/api/claims/" + late + "/timeline").json().getJsonArray("events").stream()
                        .map(event -> event.asJsonObject())
                        .anyMatch(event -> "ACKNOWLEDGE".equals(event.getString("action"))
                                && daysAgo(100).equals(event.getString("occurredOn"))),
                "by its declared day it came 10 days after the notification, within the 30-day standard");
        assertEquals(
                before,
                nepalsFigure("acknowledgedInTimeShare"),
                1e-9,
                "recorded 110 days after the notification, it is still late: counted in time, the share would rise");

        String inTime = steps.notified("NPL", daysAgo(12), daysAgo(10));
        double beforeInTime = nepalsFigure("acknowledgedInTimeShare");
        act(nepal, inTime, "ACKNOWLEDGE", "{}");
        assertTrue(
                nepalsFigure("acknowledgedInTimeShare") > beforeInTime,
                "an acknowledgement recorded 10 days after the notification is in time");
    }

    @Test
    void aVraCommentDoesNotResetTheIdleClockButAnEventOfTheStateDoes() {
        String forgotten = steps.notified("NPL", daysAgo(220), daysAgo(200));
        double idle = nepalsFigure("idlePendingShare");
        assertTrue(idle > 0, "a claim with Nepal for 200 days without its action is idle");

        act(officer, forgotten, "ADD_COMMENT", "{\"text\":\"Chased the focal point by telephone\"}");
        assertEquals(idle, nepalsFigure("idlePendingShare"), 1e-9, "a VRA comment is not Nepal's action");

        act(nepal, forgotten, "ADD_COMMENT", "{\"text\":\"The unit has been contacted\"}");
        assertTrue(nepalsFigure("idlePendingShare") < idle, "Nepal's own event ends the idle stretch");

        double beforeNewClaim = nepalsFigure("idlePendingShare");
        steps.notified("NPL", daysAgo(400), daysAgo(1));
        assertTrue(
                nepalsFigure("idlePendingShare") <= beforeNewClaim,
                "a claim notified yesterday is not idle, however long ago it was received");
    }

    @Test
    void aWithdrawnClaimDoesNotCountAgainstTheState() {
        String unanswered = steps.notified("MNG", daysAgo(220), daysAgo(200));
        String acknowledgedLate = steps.acknowledged("MNG", daysAgo(220), daysAgo(150), daysAgo(140));
        JsonObject mongolia = responsiveness("MNG", null);
        assertEquals(0.0, value(mongolia, "acknowledgedInTimeShare"), "both acknowledgements are late");
        assertEquals(
                0.5,
                value(mongolia, "idlePendingShare"),
                "the unanswered claim is idle; the other was acknowledged today");
        assertEquals(
                150.0,
                memberStateRow(officer, "MNG")
                        .getJsonNumber("medianDaysToAcknowledge")
                        .doubleValue(),
                1e-9,
                "recorded today, 150 days after the notification");

        steps.close(unanswered, "WITHDRAWN");
        steps.close(acknowledgedLate, "WITHDRAWN");
        mongolia = responsiveness("MNG", null);
        for (String figure : List.of("acknowledgedInTimeShare", "medianDaysToDnaResult", "idlePendingShare")) {
            assertNull(value(mongolia, figure), figure + " of withdrawn claims only: " + mongolia);
        }
        assertNull(number(memberStateRow(officer, "MNG"), "medianDaysToAcknowledge"));
    }

    /**
     * A hold of 90 days between the notification and the acknowledgement: holds and resumptions are recorded on
     * the day they are taken, so the test writes the state periods a hold from 110 to 20 days ago would have left.
     */
    @Test
    void daysOnHoldBetweenTheNotificationAndTheStepDoNotCountAgainstTheState() throws SQLException {
        String held = steps.notified("KHM", daysAgo(130), daysAgo(120));
        holdBetween(held, daysAgo(110), daysAgo(20));
        assertNull(
                value(responsiveness("KHM", null), "acknowledgedInTimeShare"),
                "120 days after the notification, 30 of them not on hold: not yet late");

        act(officer, held, "ACKNOWLEDGE", "{}");
        assertEquals(
                1.0,
                value(responsiveness("KHM", null), "acknowledgedInTimeShare"),
                "acknowledged 30 days after the notification, once the 90 days on hold are taken off");
        assertEquals(
                30.0,
                memberStateRow(officer, "KHM")
                        .getJsonNumber("medianDaysToAcknowledge")
                        .doubleValue(),
                1e-9);

        String resumed = steps.notified("LAO", daysAgo(320), daysAgo(300));
        holdBetween(resumed, daysAgo(250), daysAgo(100));
        assertEquals(
                0.0,
                value(responsiveness("LAO", null), "idlePendingShare"),
                "with the State again for 100 days only since the hold: not idle");
    }

    @Test
    void aClaimNotYetNotifiedIsInNoneOfNepalsCountsWhileTheOfficerSeesIt() {
        String day = "2014-09-17";
        String received = "&receivedFrom=" + day + "&receivedTo=" + day;
        steps.notified("NPL", "2014-08-01", "2014-08-05");
        JsonObject nepalsYear = yearRow(nepal, "2014");
        JsonObject nepalsRow = memberStateRow(nepal, "NPL");
        JsonObject officersRow = memberStateRow(officer, "NPL");
        JsonObject nepalsResponsiveness =
                nepal.get("/claims/api/metrics/responsiveness").json();
        long officersCount = summary(officer, "memberState=NPL" + received)
                .getJsonNumber("total")
                .longValue();

        String reference = steps.received("NPL", day);
        assertEquals(0, summary(nepal, received.substring(1)).getInt("total"));
        assertEquals(
                officersCount + 1,
                summary(officer, "memberState=NPL" + received)
                        .getJsonNumber("total")
                        .longValue());
        assertEquals(nepalsRow.getInt("pending"), memberStateRow(nepal, "NPL").getInt("pending"));
        assertEquals(
                officersRow.getInt("pending") + 1,
                memberStateRow(officer, "NPL").getInt("pending"));
        assertEquals(nepalsYear, yearRow(nepal, "2014"));
        assertEquals(
                nepalsResponsiveness,
                nepal.get("/claims/api/metrics/responsiveness").json());

        ApiClient.Reply notify = officer.act(
                reference,
                "NOTIFY_MEMBER_STATE",
                officer.version(reference),
                "{\"noteVerbaleReference\":\"NV-" + reference + "\",\"notifiedOn\":\"2014-10-01\"}");
        assertEquals(200, notify.status(), notify.response().body());
        assertEquals(0, summary(nepal, "asOf=2014-09-30" + received).getInt("total"), "not yet notified then");
        assertEquals(1, summary(nepal, "asOf=2014-10-01" + received).getInt("total"), "notified that day");
        assertEquals(
                nepalsRow.getInt("pending") + 1, memberStateRow(nepal, "NPL").getInt("pending"));
    }

    /**
     * Claims notified in 2014 by States that no other test uses, and one of Nepal's: as of the end of 2014, four
     * States have figures, then five. A step recorded today is not seen as of 2014, so every one of these
     * notifications was unanswered and late then.
     */
    @Test
    void theMedianOfAllStatesNeedsFiveStatesWithTheFigure() {
        String endOf2014 = "2014-12-31";
        for (String state : List.of("NPL", "FJI", "GHA", "SEN")) {
            steps.notified(state, "2014-02-03", "2014-03-04");
        }
        JsonObject four = responsiveness(null, endOf2014);
        assertNull(median(four, "acknowledgedInTimeShare"), "four States: " + four);
        assertNull(median(
                nepal.get("/claims/api/metrics/responsiveness?asOf=" + endOf2014)
                        .json(),
                "acknowledgedInTimeShare"));

        steps.notified("JOR", "2014-02-03", "2014-03-04");
        JsonObject five = responsiveness(null, endOf2014);
        assertEquals(0.0, median(five, "acknowledgedInTimeShare"), "five States: " + five);
        assertNotNull(median(
                nepal.get("/claims/api/metrics/responsiveness?asOf=" + endOf2014)
                        .json(),
                "acknowledgedInTimeShare"));
        assertNull(median(five, "medianDaysToDnaResult"), "no State had a DNA result recorded by then");
    }

    /**
     * Once rebuilt, the figures are read from the ratings' spans, and every State's table behind the medians is kept
     * as computed while the spans' generation stays the same (StateTables): each write is still seen by the next
     * read, the medians' tables included. Bhutan has no other claim in the tests.
     */
    @Test
    void readFromTheMaintainedSpansTheFiguresFollowEachWriteAtOnce() {
        assertEquals(
                "DONE",
                admin.runJob("/claims/api/admin/aggregates/rebuilds", "").json().getString("state"));
        String forgotten = steps.notified("BTN", daysAgo(220), daysAgo(200));
        assertEquals(1.0, value(responsiveness("BTN", null), "idlePendingShare"), "200 days without Bhutan's action");
        assertEquals(
                1.0, value(responsiveness("BTN", null), "idlePendingShare"), "read again, the same figure as computed");
        assertNull(number(memberStateRow(officer, "BTN"), "medianDaysToAcknowledge"), "nothing acknowledged yet");

        act(officer, forgotten, "ACKNOWLEDGE", "{}");
        assertEquals(0.0, value(responsiveness("BTN", null), "idlePendingShare"), "the acknowledgement ends it");
        assertEquals(
                200.0,
                number(memberStateRow(officer, "BTN"), "medianDaysToAcknowledge"),
                1e-9,
                "recorded today, 200 days after the notification");

        steps.notified("BTN", daysAgo(400), daysAgo(300));
        assertEquals(
                0.5,
                value(responsiveness("BTN", null), "idlePendingShare"),
                "a second claim, 300 days without Bhutan's action");
    }

    /**
     * While a rebuild writes the spans a range of claims at a time ({@code building}, with the counts it removed
     * first), the figures are counted from the claims, and a claim written meanwhile keeps its note, so that its
     * spans are written anew once the rebuild has ended. Read from the half-written spans, Lesotho's first claim
     * would have no count at all; a refresh that took the note would lose the claim to a range already written.
     */
    @Test
    void whileARebuildWritesTheSpansTheFiguresAreCountedAndTheWritesKeptForAfterIt() throws SQLException {
        steps.notified("LSO", daysAgo(420), daysAgo(400));
        assertEquals(
                "DONE",
                admin.runJob("/claims/api/admin/aggregates/rebuilds", "").json().getString("state"));
        try (Connection owner = TestDatabase.asOwner();
                Statement building = owner.createStatement()) {
            building.executeUpdate("UPDATE state_rating_basis SET building = TRUE");
            building.executeUpdate("DELETE FROM state_rating_count");
        }
        assertEquals(1.0, value(responsiveness("LSO", null), "idlePendingShare"), "400 days without an action");

        String answered = steps.notified("LSO", daysAgo(220), daysAgo(200));
        act(officer, answered, "ACKNOWLEDGE", "{}");
        assertEquals(0.5, value(responsiveness("LSO", null), "idlePendingShare"), "one of two acknowledged today");
        assertTrue(notes(answered) > 0, "the claim written during the rebuild is noted for after it");

        assertEquals(
                "DONE",
                admin.runJob("/claims/api/admin/aggregates/rebuilds", "").json().getString("state"));
        assertEquals(0.5, value(responsiveness("LSO", null), "idlePendingShare"), "read from the spans again");
        assertEquals(0, notes(answered), "written anew after the rebuild");
    }

    /** The notes of the claim {@code reference} waiting for the ratings' spans to be written anew. */
    private static long notes(String reference) throws SQLException {
        try (Connection connection = TestDatabase.asOwner();
                PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM state_rating_dirty d"
                        + " JOIN claim c ON c.id = d.claim_id WHERE c.reference = ?")) {
            count.setString(1, reference);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void act(ApiClient client, String reference, String action, String json) {
        ApiClient.Reply reply = client.act(reference, action, client.version(reference), json);
        assertEquals(
                200,
                reply.status(),
                action + " on " + reference + ": " + reply.response().body());
    }

    /** Rewrites the claim's open period into the periods a hold from {@code from} to {@code to} would leave. */
    private static void holdBetween(String reference, String from, String to) throws SQLException {
        try (Connection connection = TestDatabase.connect()) {
            long claim;
            try (PreparedStatement find = connection.prepareStatement("SELECT id FROM claim WHERE reference = ?")) {
                find.setString(1, reference);
                try (var rows = find.executeQuery()) {
                    assertTrue(rows.next(), reference);
                    claim = rows.getLong(1);
                }
            }
            try (PreparedStatement end = connection.prepareStatement(
                    "UPDATE claim_state_period SET valid_to = ? WHERE claim_id = ? AND valid_to IS NULL")) {
                end.setObject(1, LocalDate.parse(from));
                end.setLong(2, claim);
                assertEquals(1, end.executeUpdate());
            }
            try (PreparedStatement periods = connection.prepareStatement(
                    "INSERT INTO claim_state_period"
                            + " (claim_id, valid_from, valid_to, status, paternity_outcome, route, member_state, mission,"
                            + " personnel_category, claim_type, received_on, id) SELECT id, ?, ?, ?, paternity_outcome, route,"
                            + " member_state, mission, personnel_category, claim_type, received_on, ? FROM claim WHERE id = ?")) {
                periods.setObject(1, LocalDate.parse(from));
                periods.setObject(2, LocalDate.parse(to));
                periods.setString(3, "ON_HOLD");
                periods.setLong(4, TestDatabase.nextId("claim_state_period"));
                periods.setLong(5, claim);
                periods.addBatch();
                periods.setObject(1, LocalDate.parse(to));
                periods.setNull(2, Types.DATE);
                periods.setString(3, "NOTIFIED");
                periods.setLong(4, TestDatabase.nextId("claim_state_period"));
                periods.addBatch();
                periods.executeBatch();
            }
            // As the application does with each period it writes: the claim is noted for the ratings' spans.
            try (PreparedStatement note =
                    connection.prepareStatement("INSERT INTO state_rating_dirty (claim_id) VALUES (?)")) {
                note.setLong(1, claim);
                note.executeUpdate();
            }
        }
    }

    private double nepalsFigure(String figure) {
        Double value = value(nepal.get("/claims/api/metrics/responsiveness").json(), figure);
        assertNotNull(value, figure);
        return value;
    }

    private JsonObject responsiveness(String state, String asOf) {
        ApiClient.Reply reply = officer.get("/claims/api/metrics/responsiveness?"
                + (state == null ? "" : "memberState=" + state) + (asOf == null ? "" : "&asOf=" + asOf));
        assertEquals(200, reply.status(), reply.response().body());
        return reply.json();
    }

    private static Double value(JsonObject responsiveness, String figure) {
        return number(responsiveness.getJsonObject(figure), "value");
    }

    private static Double median(JsonObject responsiveness, String figure) {
        return number(responsiveness.getJsonObject(figure), "medianOfStates");
    }

    private static Double number(JsonObject figure, String key) {
        return figure.containsKey(key) && !figure.isNull(key)
                ? figure.getJsonNumber(key).doubleValue()
                : null;
    }

    private static JsonObject memberStateRow(ApiClient client, String state) {
        JsonArray rows = client.get("/claims/api/metrics/member-states").jsonArray();
        return rows.stream()
                .map(row -> row.asJsonObject())
                .filter(row -> state.equals(row.getString("memberState")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row of " + state + " in " + rows));
    }

    private static JsonObject summary(ApiClient client, String query) {
        ApiClient.Reply reply = client.get("/claims/api/metrics/summary?" + query);
        assertEquals(200, reply.status(), reply.response().body());
        return reply.json();
    }

    private static JsonObject yearRow(ApiClient client, String year) {
        return client.get("/claims/api/metrics/breakdown?by=year").jsonArray().stream()
                .map(row -> row.asJsonObject())
                .filter(row -> year.equals(row.getString("key", null)))
                .findFirst()
                .orElse(null);
    }

    private static String daysAgo(int days) {
        return TODAY.minusDays(days).toString();
    }
}
