package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * The support report's figures kept per term (V95, by triggers) against the report as it was computed before them, in
 * one aggregate over the arrangements, terms and payments: over a generated set of arrangements (revisions, changes
 * of currency, terminations, lump sums, monthly, quarterly and yearly periods, arrangements for one child or all of
 * them, payments), written to the tables and changed afterwards as the application does, and read as of days in the
 * past and today. Rwanda's claims are this test's alone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportFiguresIT {

    private static final String STATE = "RWA";
    private static final String[] MISSIONS = {"MONUSCO", "UNMISS", "MINUSCA"};
    private static final String[] CURRENCIES = {"USD", "EUR", "CHF"};
    private static final String[] FREQUENCIES = {"MONTHLY", "QUARTERLY", "YEARLY", "ONE_OFF"};

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient taskForce = ApiClient.as("taskforce");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theFiguresKeptPerTermGiveTheReportAsItWasComputedBeforeAsOfEveryDay() throws Exception {
        Random random = new Random(15);
        try (Connection db = TestDatabase.connect()) {
            for (int claim = 0; claim < 14; claim++) {
                String reference = officer.register("""
                        {"receivedOn":"2016-02-01","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"%s",
                         "personnelCategory":"MILITARY_CONTINGENT","memberState":"%s",
                         "children":[{"birthYear":2014,"sex":"FEMALE"},{"birthYear":2015,"sex":"MALE"}]}""".formatted(MISSIONS[claim % MISSIONS.length], STATE));
                long id = claimId(db, reference);
                for (int number = 1; number <= 1 + random.nextInt(2); number++) {
                    arrangement(db, random, id, number);
                }
            }
        }
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        for (int year = 2016; year <= thisYear; year++) {
            LocalDate asOf = year == thisYear ? LocalDate.now(ZoneOffset.UTC) : LocalDate.of(year, 12, 31);
            List<String> before = before(asOf);
            assertEquals(before, report("&year=" + year), "as of " + asOf);
            if (year == 2019) {
                assertTrue(before.size() >= 3, "several lines as of 2019: " + before);
            }
        }
        List<String> today = before(LocalDate.now(ZoneOffset.UTC));
        assertEquals(today, report(""), "today");
        List<String> paged = new ArrayList<>();
        for (int page = 0; page <= today.size() / 2; page++) {
            paged.addAll(report("&page=" + page, 2));
        }
        assertEquals(today, paged, "the lines read two at a time, each page computing its own lines only");
        assertEquals(
                before(LocalDate.now(ZoneOffset.UTC)).stream()
                        .filter(line -> line.contains("|UNMISS|EUR|"))
                        .toList(),
                report("&mission=UNMISS&currency=EUR"),
                "one mission and currency");
    }

    private static long claimId(Connection db, String reference) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM claim WHERE reference = ?")) {
            find.setString(1, reference);
            try (ResultSet row = find.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * One arrangement as the application writes it (the arrangement, its first terms, payments), then changed as
     * the application changes it: revisions added, a revision taken back, a termination.
     */
    private static void arrangement(Connection db, Random random, long claimId, int number) throws SQLException {
        LocalDate periodsFrom = LocalDate.of(2016 + random.nextInt(7), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String frequency = FREQUENCIES[random.nextInt(FREQUENCIES.length)];
        Integer child = random.nextInt(3) == 0 ? null : 1 + random.nextInt(3);
        long id;
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO claim_support_arrangement (claim_id, number, kind, child_position, periods_from, last_day)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, claimId);
            insert.setInt(2, number);
            insert.setString(3, frequency.equals("ONE_OFF") ? "LUMP_SUM" : "COURT_ORDER");
            insert.setObject(4, child);
            insert.setObject(5, periodsFrom);
            insert.setObject(6, periodsFrom.plusYears(3 + random.nextInt(8)).minusDays(random.nextInt(40)));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                id = key.getLong(1);
            }
        }
        LocalDate from = periodsFrom.plusDays(random.nextInt(20));
        terms(db, id, from, frequency, random);
        LocalDate paid = from;
        for (int payment = random.nextInt(10); payment > 0; payment--) {
            paid = paid.plusDays(15 + random.nextInt(120));
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO claim_support_payment"
                    + " (claim_id, arrangement_number, paid_on, amount, currency, recorded_at)"
                    + " VALUES (?, ?, ?, ?, 'USD', NOW(6))")) {
                insert.setLong(1, claimId);
                insert.setInt(2, number);
                insert.setObject(3, paid);
                insert.setBigDecimal(4, BigDecimal.valueOf(2000 + random.nextInt(40000), 2));
                insert.executeUpdate();
            }
        }
        if (!frequency.equals("ONE_OFF")) {
            LocalDate revised = from;
            for (int revision = random.nextInt(3); revision > 0; revision--) {
                revised = revised.plusDays(40 + random.nextInt(700));
                terms(db, id, revised, FREQUENCIES[random.nextInt(3)], random);
            }
            if (random.nextInt(4) == 0) {
                try (PreparedStatement takeBack = db.prepareStatement(
                        "DELETE FROM claim_support_terms" + " WHERE arrangement_id = ? AND effective_from = ?")) {
                    takeBack.setLong(1, id);
                    takeBack.setObject(2, revised);
                    takeBack.executeUpdate();
                }
            }
        }
        if (random.nextInt(3) == 0) {
            try (PreparedStatement terminate = db.prepareStatement("UPDATE claim_support_arrangement"
                    + " SET terminated_on = ?, termination_reason = 'COURT_DECISION' WHERE id = ?")) {
                terminate.setObject(1, from.plusDays(30 + random.nextInt(1500)));
                terminate.setLong(2, id);
                terminate.executeUpdate();
            }
        }
    }

    private static void terms(Connection db, long arrangementId, LocalDate from, String frequency, Random random)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO claim_support_terms"
                + " (arrangement_id, effective_from, amount, currency, frequency) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, arrangementId);
            insert.setObject(2, from);
            insert.setBigDecimal(3, BigDecimal.valueOf(5000 + random.nextInt(60000), 2));
            insert.setString(4, CURRENCIES[random.nextInt(CURRENCIES.length)]);
            insert.setString(5, frequency);
            insert.executeUpdate();
        }
    }

    /** The lines as the report computed them before V95, over JDBC, as of the day. */
    private static List<String> before(LocalDate asOf) throws SQLException, IOException {
        String query;
        try (InputStream in =
                SupportFiguresIT.class.getResourceAsStream("/support-report-as-computed-before-v95.sql")) {
            query = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = new ArrayList<>();
        try (Connection db = TestDatabase.connect();
                PreparedStatement day = db.prepareStatement("SET @d = ?, @s = ?, @m = NULL, @c = NULL");
                Statement report = db.createStatement()) {
            report.execute("SET NAMES utf8mb4 COLLATE utf8mb4_unicode_ci");
            day.setObject(1, asOf);
            day.setString(2, STATE);
            day.execute();
            try (ResultSet row = report.executeQuery(query)) {
                while (row.next()) {
                    lines.add(String.join(
                            "|",
                            row.getString(1),
                            row.getString(2),
                            row.getString(3),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            row.getString(7),
                            plain(row.getBigDecimal(8)),
                            plain(row.getBigDecimal(9)),
                            plain(row.getBigDecimal(10)),
                            plain(row.getBigDecimal(11))));
                }
            }
        }
        return lines;
    }

    /** The lines the API answers now, as of the year's last day (today for this year). */
    private List<String> report(String query) {
        return report(query, 200);
    }

    /** The lines of one page of {@code size}. */
    private List<String> report(String query, int size) {
        ApiClient.Reply reply =
                taskForce.get("/claims/api/reports/money/support?size=" + size + "&memberState=" + STATE + query);
        assertEquals(200, reply.status(), reply.response().body());
        List<String> lines = new ArrayList<>();
        for (JsonObject line : reply.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            lines.add(String.join(
                    "|",
                    line.getString("memberState"),
                    line.getString("mission"),
                    line.getString("currency"),
                    String.valueOf(line.getJsonNumber("arrangements").longValue()),
                    String.valueOf(line.getJsonNumber("childrenCovered").longValue()),
                    String.valueOf(line.getJsonNumber("childrenPaidAsArranged").longValue()),
                    String.valueOf(line.getJsonNumber("children").longValue()),
                    line.get("sharePercent") == null || line.get("sharePercent") == JsonValue.NULL
                            ? null
                            : plain(((JsonNumber) line.get("sharePercent")).bigDecimalValue()),
                    plain(line.getJsonNumber("due").bigDecimalValue()),
                    plain(line.getJsonNumber("paid").bigDecimalValue()),
                    plain(line.getJsonNumber("arrears").bigDecimalValue())));
        }
        return lines;
    }

    private static String plain(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros().toPlainString();
    }
}
