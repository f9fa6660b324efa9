package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The legacy import (all or nothing, idempotent) and the measures as the register stood on past dates. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportAndMetricsIT {

    private static final String HEADER = "reference,received_on,claim_type,mission,allegation_reference,"
            + "personnel_category,member_state,status,paternity_outcome,closure_reason,notified_on,acknowledged_on,"
            + "paternity_determined_on,support_arranged_on,closed_on,child_birth_years,claimant_name\r\n";

    private static final String GOOD_2015 = HEADER
            + "PC-2015-0101,2015-03-02,PATERNITY,MINUSTAH,SEA-2015-1,MILITARY_CONTINGENT,URY,NOTIFIED,UNDETERMINED,,"
            + "2015-04-01,,,,,2014,\"Doe, Jane\"\r\n"
            + ",2015-05-05,CHILD_SUPPORT,UNMIL,SEA-2015-2,FORMED_POLICE_UNIT,BGD,SUPPORT_ARRANGED,ESTABLISHED,,"
            + "2015-06-01,2015-07-01,2016-01-15,2016-06-01,,2015;2016,\r\n"
            + "PC-2015-0103,2015-08-08,PATERNITY,MINUSTAH,,CIVILIAN,,CLOSED,EXCLUDED,PATERNITY_EXCLUDED,,,"
            + "2016-02-02,,2016-03-03,2015,\r\n";

    private static final String BAD_2013 = HEADER
            + "PC-2013-0001,2013-01-10,PATERNITY,MONUSCO,,MILITARY_CONTINGENT,NPL,RECEIVED,UNDETERMINED,,,,,,,2012,\n"
            + "PC-2013-0002,2013-02-10,PATERNITY,NOPE1,,MILITARY_CONTINGENT,QQQ,RECEIVED,UNDETERMINED,,,,,,,2012,\n"
            + "PC-2013-0003,2099-02-10,PATERNITY,MONUSCO,,MILITARY_CONTINGENT,NPL,RECEIVED,UNDETERMINED,,,,,,,2012,\n"
            + "PC-2013-0004,2013-03-10,PATERNITY,MONUSCO,,MILITARY_CONTINGENT,NPL,PATERNITY_ESTABLISHED,"
            + "UNDETERMINED,,2013-04-01,2013-05-01,,,,2012,\n";

    private static final String METRICS_2011 = HEADER
            + "PC-2011-0001,2011-02-01,PATERNITY_AND_CHILD_SUPPORT,MONUSCO,,MILITARY_CONTINGENT,NPL,CLOSED,ESTABLISHED,"
            + "RESOLVED,2011-03-01,2011-04-01,2012-06-01,2013-01-01,2014-01-01,2010,\n"
            + "PC-2011-0002,2011-05-01,PATERNITY,MONUSCO,,MILITARY_CONTINGENT,NPL,NOTIFIED,UNDETERMINED,,"
            + "2011-06-01,,,,,2010,\n"
            + "PC-2011-0003,2011-07-01,PATERNITY,MONUSCO,,FORMED_POLICE_UNIT,NPL,CLOSED,EXCLUDED,PATERNITY_EXCLUDED,"
            + "2011-07-15,2011-08-15,2012-01-10,,2012-02-01,2011,\n"
            + "PC-2011-0004,2011-09-01,PATERNITY,MONUC,,CIVILIAN,,RECEIVED,UNDETERMINED,,,,,,,2011,\n";

    private static final String RECEIVED_2011 = "&receivedFrom=2011-01-01&receivedTo=2011-12-31";

    private final ApiClient admin = ApiClient.as("vra.admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aFileWithBadRowsIsRejectedWholeWithEveryProblemAndLeavesNothingBehind() {
        ApiClient.Reply rejected = admin.importCsv(BAD_2013);
        assertEquals(422, rejected.status(), rejected.response().body());
        assertEquals("IMPORT_REJECTED", rejected.json().getString("code"));
        JsonArray problems = rejected.json().getJsonArray("problems");
        Set<String> where = problems.stream()
                .map(p -> p.asJsonObject())
                .map(p -> p.getInt("row") + ":" + p.getString("column", ""))
                .collect(Collectors.toSet());
        assertTrue(
                where.containsAll(Set.of("3:mission", "3:member_state", "4:received_on", "5:paternity_outcome")),
                where.toString());
        problems.forEach(p -> assertFalse(p.asJsonObject().getString("message").isBlank()));
        assertEquals(0, total("/claims/api/claims?size=1&receivedFrom=2013-01-01&receivedTo=2013-12-31"));
    }

    @Test
    void aGoodFileIsImportedOnceWithTimelinesBuiltFromItsDates() {
        ApiClient.Reply first = admin.importCsv(GOOD_2015);
        if (first.status() == 200 && "IMPORTED".equals(first.json().getString("state", ""))) {
            assertEquals(3, first.json().getInt("imported"));
        }
        ApiClient.Reply again = admin.importCsv(GOOD_2015);
        assertEquals(200, again.status());
        assertTrue(again.json().getBoolean("alreadyImported"));
        assertEquals(3, total("/claims/api/claims?size=1&receivedFrom=2015-01-01&receivedTo=2015-12-31"));

        JsonObject notified = admin.get("/claims/api/claims/PC-2015-0101").json();
        assertEquals("NOTIFIED", notified.getString("status"));
        assertEquals(30, notified.getJsonNumber("daysWithUn").longValue());
        assertEquals("Doe, Jane", notified.getJsonObject("claimant").getString("name"));
        JsonArray timeline =
                admin.get("/claims/api/claims/PC-2015-0101/timeline").json().getJsonArray("events");
        assertEquals(
                List.of("REGISTER@2015-03-02", "NOTIFY_MEMBER_STATE@2015-04-01"),
                timeline.stream()
                        .map(e -> e.asJsonObject().getString("action") + "@"
                                + e.asJsonObject().getString("occurredOn"))
                        .toList());
        JsonObject excluded = admin.get("/claims/api/claims/PC-2015-0103").json();
        assertEquals("CLOSED", excluded.getString("status"));
        assertEquals("PATERNITY_EXCLUDED", excluded.getString("closureReason"));

        ApiClient.Reply clash = admin.importCsv(GOOD_2015.replace("Jane", "Janet"));
        assertEquals(422, clash.status());
        assertTrue(clash.json().getJsonArray("problems").stream()
                .anyMatch(p -> "reference".equals(p.asJsonObject().getString("column", ""))));
    }

    @Test
    void onlyAnAdministratorImports() {
        assertEquals(
                403,
                ApiClient.as("vra.officer")
                        .postCsv("/claims/api/imports", GOOD_2015)
                        .status());
        assertEquals(
                403,
                ApiClient.as("focal.npl")
                        .postCsv("/claims/api/imports", GOOD_2015)
                        .status());
    }

    @Test
    void theSummaryCountsEachClaimAsItStoodOnTheAsOfDate() {
        importMetricsDataset();
        assertEquals(0, summary("2010-12-31").getInt("total"));

        JsonObject endOf2011 = summary("2011-12-31");
        assertEquals(4, endOf2011.getInt("total"));
        assertEquals(0, endOf2011.getInt("established"));
        assertEquals(0, endOf2011.getInt("closed"));
        assertEquals(3, endOf2011.getInt("pendingWithMemberStates"));
        assertEquals(1, endOf2011.getInt("memberStatesWithPending"));
        assertEquals(4, endOf2011.getJsonObject("ageBands").getInt("under1y"));

        JsonObject endOf2012 = summary("2012-12-31");
        assertEquals(4, endOf2012.getInt("total"));
        assertEquals(1, endOf2012.getInt("established"));
        assertEquals(1, endOf2012.getInt("excluded"));
        assertEquals(1, endOf2012.getInt("closed"));
        assertEquals(2, endOf2012.getInt("unresolved"));
        assertEquals(0.5, endOf2012.getJsonNumber("unresolvedShare").doubleValue(), 1e-9);
        assertEquals(1, endOf2012.getInt("pendingWithMemberStates"));
        assertEquals(2, endOf2012.getJsonObject("ageBands").getInt("1to3y"));
        assertEquals(0, endOf2012.getJsonObject("ageBands").getInt("under1y"));

        JsonObject today = summary(null);
        assertEquals(2, today.getInt("closed"));
        assertEquals(2, today.getJsonObject("ageBands").getInt("over10y"));
    }

    @Test
    void theMemberStateTableGivesPendingOutcomesAndMedianDelays() {
        importMetricsDataset();
        JsonArray rows =
                admin.get("/claims/api/metrics/member-states?asOf=2012-12-31").jsonArray();
        assertEquals(1, rows.size(), rows.toString());
        JsonObject nepal = rows.getJsonObject(0);
        assertEquals("NPL", nepal.getString("memberState"));
        assertEquals(1, nepal.getInt("pending"));
        assertEquals(1, nepal.getInt("established"));
        assertEquals(1, nepal.getInt("excluded"));
        assertEquals(31.0, nepal.getJsonNumber("medianDaysToAcknowledge").doubleValue(), 1e-9);
        assertEquals(318.5, nepal.getJsonNumber("medianDaysToDnaResult").doubleValue(), 1e-9);
    }

    @Test
    void aFocalPointsMeasuresAreItsOwnStatesAndTheTaskForceReadsThem() {
        importMetricsDataset();
        JsonObject asSouthAfrica = ApiClient.as("focal.zaf")
                .get("/claims/api/metrics/summary?memberState=NPL&asOf=2011-12-31" + RECEIVED_2011)
                .json();
        assertEquals(0, asSouthAfrica.getInt("total"));
        assertEquals(
                200,
                ApiClient.as("taskforce").get("/claims/api/metrics/summary").status());
        assertEquals(
                400, admin.get("/claims/api/metrics/summary?asOf=2099-01-01").status());
        assertEquals(
                403, ApiClient.as("auditor").get("/claims/api/metrics/summary").status());
    }

    /**
     * A claim whose paternity is established but which is not yet closed (support arranged) is no longer pending:
     * the register's age-band filter leaves it out as the summary's bands do, band by band.
     */
    @Test
    void theRegistersAgeBandFilterCountsTheClaimsOfTheSummarysBands() {
        assertImported(GOOD_2015);
        String received2015 = "receivedFrom=2015-01-01&receivedTo=2015-12-31";
        JsonObject bands =
                admin.get("/claims/api/metrics/summary?" + received2015).json().getJsonObject("ageBands");
        long pending = 0;
        for (String band : bands.keySet()) {
            long listed = total("/claims/api/claims?size=1&ageBand=" + band + "&" + received2015);
            assertEquals(bands.getJsonNumber(band).longValue(), listed, band);
            pending += listed;
        }
        assertEquals(1, pending, "of the three claims of 2015, one is closed and one has paternity established");
    }

    private void importMetricsDataset() {
        assertImported(METRICS_2011);
    }

    /** Imported now, or before by another test of this class: either way the file's claims are in the register. */
    private void assertImported(String csv) {
        ApiClient.Reply reply = admin.importCsv(csv);
        assertEquals(200, reply.status(), reply.response().body());
        assertTrue(
                reply.json().getBoolean("alreadyImported", false)
                        || "IMPORTED".equals(reply.json().getString("state", "")),
                reply.response().body());
    }

    private JsonObject summary(String asOf) {
        ApiClient.Reply reply =
                admin.get("/claims/api/metrics/summary?" + (asOf == null ? "" : "asOf=" + asOf) + RECEIVED_2011);
        assertEquals(200, reply.status(), reply.response().body());
        return reply.json();
    }

    private long total(String path) {
        return admin.get(path).json().getJsonNumber("total").longValue();
    }
}
