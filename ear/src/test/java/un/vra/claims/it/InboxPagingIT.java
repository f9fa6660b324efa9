package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.metrics.InboxSql;

/**
 * An inbox page reads only each kind's latest items up to the page's end (InboxSql): the pages, one after the
 * other, hold exactly the items of the whole inbox in its order, read or unread, a State's and the VRA's. Run over
 * the database the server writes, with the inbox's own SQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InboxPagingIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int PAGE = 7;
    private static final Pattern PARAMETER = Pattern.compile("\\?(\\d+)");

    private final ClaimSteps steps = new ClaimSteps();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void thePagesOfAStatesInboxAndOfTheVrasHoldTheWholeInboxInItsOrder() throws SQLException {
        List<String> claims = new ArrayList<>();
        for (int days = 3; days <= 80; days += 7) {
            claims.add(steps.notified(
                    "NPL",
                    TODAY.minusDays(days + 10).toString(),
                    TODAY.minusDays(days).toString()));
        }
        try (Connection db = TestDatabase.connect()) {
            long focal = account(db, "focal.npl");
            markRead(db, focal, claims.get(1));
            markRead(db, focal, claims.get(4));
            for (boolean unreadOnly : new boolean[] {false, true}) {
                String sql = InboxSql.page(TimeStandards.DEFAULT, unreadOnly);
                List<String> whole = rows(db, sql, Integer.MAX_VALUE, 0, "NPL", TODAY, focal, Integer.MAX_VALUE);
                assertTrue(whole.size() >= claims.size(), "the State's items: " + whole.size());
                List<String> paged = new ArrayList<>();
                for (int offset = 0; offset < whole.size(); offset += PAGE) {
                    paged.addAll(rows(db, sql, PAGE, offset, "NPL", TODAY, focal, offset + PAGE));
                }
                assertEquals(whole, paged, "unread only: " + unreadOnly);
                List<String> counts = InboxSql.counts(TimeStandards.DEFAULT, unreadOnly);
                assertEquals(
                        whole.size(),
                        counted(db, counts, "NPL", TODAY, focal, Integer.MAX_VALUE),
                        "the kinds counted one at a time, summed, unread only: " + unreadOnly);
                long readOnePerKind = counted(db, counts, "NPL", TODAY, focal, 1);
                assertTrue(
                        readOnePerKind >= 1 && readOnePerKind <= counts.size() && whole.size() > counts.size(),
                        "each kind's count reads no more than it is allowed: " + readOnePerKind + " of " + whole);
            }
            long vra = account(db, "vra.officer");
            String vraSql = InboxSql.vraPage(TimeStandards.DEFAULT, false);
            List<String> whole = rows(db, vraSql, Integer.MAX_VALUE, 0, vra, Integer.MAX_VALUE);
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < whole.size(); offset += PAGE) {
                paged.addAll(rows(db, vraSql, PAGE, offset, vra, offset + PAGE));
            }
            assertEquals(whole, paged, "the VRA's inbox");
            assertEquals(
                    whole.size(),
                    counted(db, InboxSql.vraCounts(TimeStandards.DEFAULT, false), vra, Integer.MAX_VALUE),
                    "the VRA's kinds counted one at a time, summed");
        }
    }

    /**
     * A page reads the reminders one step and one day of the last 30 at a time, by the phase of the day the claim
     * began to wait (V106): each overdue acknowledgement's reminder is still on the day its due day plus whole
     * intervals of 30 days gives, whichever day of the cycle that is, and a claim not yet due has none.
     */
    @Test
    void eachOverdueClaimsReminderIsOnItsLatestReminderDayWhateverItsPhase() throws SQLException {
        int acknowledgeDays = TimeStandards.DEFAULT.acknowledgeDays();
        int interval = TimeStandards.REMINDER_INTERVAL_DAYS;
        List<String> expected = new ArrayList<>();
        List<String> references = new ArrayList<>();
        for (int daysAgo : new int[] {29, 30, 31, 44, 59, 60, 61, 88, 89, 90, 211}) {
            String reference = steps.notified(
                    "BGD",
                    TODAY.minusDays(daysAgo + 5).toString(),
                    TODAY.minusDays(daysAgo).toString());
            references.add(reference);
            int sinceDue = daysAgo - acknowledgeDays;
            if (sinceDue >= 0) {
                expected.add(reference + " REMINDER " + TODAY.minusDays(sinceDue % interval) + " read false");
            }
        }
        try (Connection db = TestDatabase.connect()) {
            long focal = account(db, "focal.npl");
            List<String> reminders = rows(
                            db,
                            InboxSql.page(TimeStandards.DEFAULT, false),
                            Integer.MAX_VALUE,
                            0,
                            "BGD",
                            TODAY,
                            focal,
                            Integer.MAX_VALUE)
                    .stream()
                    .filter(row ->
                            row.contains(" REMINDER ") && references.contains(row.substring(0, row.indexOf(' '))))
                    .sorted()
                    .toList();
            assertEquals(expected.stream().sorted().toList(), reminders);
        }
    }

    /** The rows of {@code sql} (its ?N parameters, in order) from {@code offset}, at most {@code limit}. */
    private static List<String> rows(Connection db, String sql, int limit, int offset, Object... parameters)
            throws SQLException {
        try (PreparedStatement select = prepare(db, sql + " LIMIT " + limit + " OFFSET " + offset, parameters)) {
            List<String> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1) + " " + result.getString(3) + " " + result.getString(5) + " read "
                            + result.getBoolean(7));
                }
            }
            return rows;
        }
    }

    /** The sum of the counts of {@code counts}, one statement a kind, with the same parameters. */
    private static long counted(Connection db, List<String> counts, Object... parameters) throws SQLException {
        long total = 0;
        for (String count : counts) {
            try (PreparedStatement select = prepare(db, count, parameters);
                    ResultSet result = select.executeQuery()) {
                assertTrue(result.next(), count);
                total += result.getLong(1);
            }
        }
        return total;
    }

    /** {@code sql} with its numbered parameters ({@code ?1}) bound to {@code parameters}, by number. */
    private static PreparedStatement prepare(Connection db, String sql, Object... parameters) throws SQLException {
        List<Object> values = new ArrayList<>();
        Matcher parameter = PARAMETER.matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (parameter.find()) {
            values.add(parameters[Integer.parseInt(parameter.group(1)) - 1]);
            parameter.appendReplacement(jdbc, "?");
        }
        parameter.appendTail(jdbc);
        PreparedStatement statement = db.prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(i + 1, values.get(i));
        }
        return statement;
    }

    private static long account(Connection db, String username) throws SQLException {
        try (PreparedStatement find = db.prepareStatement("SELECT id FROM account WHERE username = ?")) {
            find.setString(1, username);
            try (ResultSet row = find.executeQuery()) {
                assertTrue(row.next(), username);
                return row.getLong(1);
            }
        }
    }

    private static void markRead(Connection db, long account, String reference) throws SQLException {
        try (PreparedStatement mark = db.prepareStatement("INSERT INTO inbox_read (account_id, claim_id, kind, item_on,"
                + " read_at) SELECT ?, id, 'NOTIFIED', notified_on, NOW(6) FROM claim WHERE reference = ?")) {
            mark.setLong(1, account);
            mark.setString(2, reference);
            assertEquals(1, mark.executeUpdate());
        }
    }
}
