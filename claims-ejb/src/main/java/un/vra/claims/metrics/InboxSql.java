package un.vra.claims.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.mail.MailKind;
import un.vra.claims.reminder.ReminderLadder;
import un.vra.claims.shared.PageResult;

/**
 * The SQL of a focal point's inbox, computed from the claims rather than stored: a State's notifications from its
 * claims' notification days, its reminders from their next steps' due days ({@link MeasureSql#dueOn}) and its
 * children's majority alerts from the alerts the daily job recorded, read through the indexes on member_state with
 * notified_on and with next_step, and the alerts' key on the claim.
 */
public final class InboxSql {

    private InboxSql() {}

    /**
     * The page's rows, latest first: reference, pseudonym, kind, step, day, due day and whether read; ?4 the page's
     * end (its offset and size), the rows each kind gives at most ({@link #latest}).
     */
    public static String page(TimeStandards standards, boolean unreadOnly) {
        return rows(latest(items(standards, true), "?3", unreadOnly, "?4")) + ", i.kind";
    }

    /**
     * How many items of each kind, a statement a kind, each reading at most ?4 of them: the caller adds them kind
     * after kind and stops at {@link PageResult#COUNT_CAP} and one more, so that a State with 50,000 claims has "more
     * than 10,000", read from its first kind alone.
     */
    public static List<String> counts(TimeStandards standards, boolean unreadOnly) {
        return capped(items(standards, false), "?3", unreadOnly, "?4");
    }

    /**
     * The VRA's page, latest first, with the account's (?1) read marks: the majority alerts of every claim, the
     * escalations of States' steps {@value ReminderLadder#VRA_DAYS} days overdue, and the reminders of the UN's own
     * steps that the claims still wait for; every mail the VRA office is sent.
     */
    public static String vraPage(TimeStandards standards, boolean unreadOnly) {
        return rows(latest(vraItems(standards), "?1", unreadOnly, "?2"));
    }

    /** How many items of each kind the VRA's inbox holds, each statement reading at most ?2, like {@link #counts}. */
    public static List<String> vraCounts(TimeStandards standards, boolean unreadOnly) {
        return capped(vraItems(standards), "?1", unreadOnly, "?2");
    }

    private static final String LATEST_FIRST = " ORDER BY i.item_on DESC, i.claim_id DESC";

    private static String rows(String from) {
        return "SELECT i.reference, i.claimant_pseudonym, i.kind, i.step, i.item_on, i.due_on, i.is_read " + from
                + LATEST_FIRST;
    }

    /**
     * {@code FROM} the union of the latest {@code end} items of each kind of {@code kinds}, with the marks of the
     * reading {@code account}: a page ending at {@code end} holds none but those, and each kind's are read through
     * its own order (the notifications' from the index on State and notification day), where the union of every
     * item of every kind was built and sorted first (a State's 50,000 claims for a page of 25).
     */
    private static String latest(List<String> kinds, String account, boolean unreadOnly, String end) {
        return kinds.stream()
                .map(kind -> "(SELECT i.*, r.account_id IS NOT NULL AS is_read FROM (" + kind + ") i"
                        + readMarks(account, unreadOnly) + LATEST_FIRST + " LIMIT " + end + ")")
                .collect(Collectors.joining(" UNION ALL ", "FROM (", ") i"));
    }

    /**
     * For each kind of {@code kinds}, how many of its items, reading at most {@code limit}: the database stops
     * reading a kind's claims there, through its index, where the count of their union read every claim of the
     * State first to build it (a second a count at 50,000 claims).
     */
    private static List<String> capped(List<String> kinds, String account, boolean unreadOnly, String limit) {
        return kinds.stream()
                .map(kind -> "SELECT COUNT(*) FROM (SELECT 1 FROM (" + kind + ") i" + readMarks(account, unreadOnly)
                        + " LIMIT " + limit + ") k")
                .toList();
    }

    /** The kinds of items of the VRA's inbox, each a SELECT of the columns {@link #rows} reads. */
    private static List<String> vraItems(TimeStandards standards) {
        String reminded = " FROM claim_reminder r JOIN claim c ON c.id = r.claim_id WHERE r.rung = ";
        return List.of(
                "SELECT c.id AS claim_id, c.reference, c.claimant_pseudonym, 'MAJORITY' AS kind, NULL AS step,"
                        + " DATE(a.recorded_at) AS item_on, a.majority_month AS due_on"
                        + " FROM claim_majority_alert a JOIN claim c ON c.id = a.claim_id",
                "SELECT c.id AS claim_id, c.reference, c.claimant_pseudonym, 'ESCALATION' AS kind, r.step AS step,"
                        + " r.rung_on AS item_on, DATE_SUB(r.rung_on, INTERVAL " + ReminderLadder.VRA_DAYS
                        + " DAY) AS due_on" + reminded + "'" + MailKind.VRA_ESCALATION.name() + "'",
                "SELECT c.id AS claim_id, c.reference, c.claimant_pseudonym, 'REMINDER' AS kind, r.step AS step,"
                        + " r.rung_on AS item_on, " + MeasureSql.dueOn(standards.unSteps(), "c") + " AS due_on"
                        + reminded + "'" + MailKind.REMINDER.name() + "'" + " AND r.step IN ("
                        + MeasureSql.names(standards.unSteps().keySet()) + ") AND c.next_step = r.step");
    }

    /** The reading account's marks on the items {@code i}; unread only, those without one. */
    private static String readMarks(String account, boolean unreadOnly) {
        return " LEFT JOIN inbox_read r ON r.account_id = " + account
                + " AND r.claim_id = i.claim_id AND r.kind = i.kind AND r.item_on = i.item_on"
                + (unreadOnly ? " WHERE r.account_id IS NULL" : "");
    }

    /**
     * The kinds of items of a State as of a day, each a SELECT of the columns {@link #rows} reads: ?1 State, ?2 the
     * day (?3, the reading account, is the read marks'). A reminder's day is its due day plus whole reminder
     * intervals, so one row per overdue claim carries its latest reminder. {@code byPhase}: the reminders as one
     * kind per step and day of the last 30 ({@link #remindersByPhase}), for a page; else as one kind, for a count.
     */
    private static List<String> items(TimeStandards standards, boolean byPhase) {
        String due = MeasureSql.dueOn(standards, "c");
        List<String> kinds = new ArrayList<>();
        kinds.add(COLUMNS + "'NOTIFIED' AS kind, NULL AS step, c.notified_on AS item_on, NULL AS due_on" + OF_STATE
                + " AND c.notified_on <= ?2");
        if (byPhase) {
            kinds.addAll(remindersByPhase(standards));
        } else {
            kinds.add(COLUMNS + "'REMINDER' AS kind, c.next_step AS step, DATE_ADD(" + due
                    + ", INTERVAL FLOOR(DATEDIFF(?2, " + due + ") / " + TimeStandards.REMINDER_INTERVAL_DAYS + ") * "
                    + TimeStandards.REMINDER_INTERVAL_DAYS + " DAY) AS item_on, " + due + " AS due_on" + OF_STATE
                    + " AND " + MeasureSql.hasStandard(standards, "c") + " AND " + due + " <= ?2");
        }
        kinds.add(COLUMNS + "'MAJORITY' AS kind, NULL AS step, DATE(a.recorded_at) AS item_on,"
                + " a.majority_month AS due_on FROM claim c JOIN claim_majority_alert a ON a.claim_id = c.id"
                + OF_STATE.replace(" FROM claim c", "") + " AND DATE(a.recorded_at) <= ?2");
        return kinds;
    }

    private static final String COLUMNS = "SELECT c.id AS claim_id, c.reference, c.claimant_pseudonym, ";

    private static final String OF_STATE =
            " FROM claim c WHERE c.member_state = ?1 AND c.route = 'MEMBER_STATE' AND c.notified_on IS NOT NULL";

    /**
     * The reminders of a State as of ?2, one kind per step with a standard and per day of the last
     * {@value TimeStandards#REMINDER_INTERVAL_DAYS}: every overdue claim's latest reminder fell on one of them, on the
     * day whose distance from ?2 is that from its due day modulo the interval, and so whose claims are those whose
     * wait for the step began on a day of one phase of the cycle ({@code claim.next_step_phase}, V106). Each kind is
     * read through the index on State, route, step and phase in the claims' order, as far as its page needs, where
     * one kind computed the day of every overdue claim of the State and sorted them all. The bound day is cast, so
     * that the union's column stays a date (from the parameter alone it is text).
     */
    private static List<String> remindersByPhase(TimeStandards standards) {
        int interval = TimeStandards.REMINDER_INTERVAL_DAYS;
        List<String> kinds = new ArrayList<>();
        standards.byStep().forEach((step, days) -> {
            for (int sinceDue = 0; sinceDue < interval; sinceDue++) {
                kinds.add(COLUMNS + "'REMINDER' AS kind, c.next_step AS step, DATE_SUB(CAST(?2 AS DATE), INTERVAL "
                        + sinceDue + " DAY) AS item_on, " + MeasureSql.dueOn(Map.of(step, days), "c") + " AS due_on"
                        + OF_STATE + " AND c.next_step = '" + step.name() + "' AND c.next_step_phase = MOD(TO_DAYS(?2)"
                        + " - " + (days + sinceDue) + ", " + interval + ") AND c.next_step_since <= DATE_SUB(?2,"
                        + " INTERVAL " + days + " DAY)");
            }
        });
        return kinds;
    }
}
