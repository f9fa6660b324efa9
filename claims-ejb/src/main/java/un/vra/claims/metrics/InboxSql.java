package un.vra.claims.metrics;

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

    /** The page's rows, latest first: reference, pseudonym, kind, step, day, due day and whether read. */
    public static String page(TimeStandards standards, boolean unreadOnly) {
        return rows(items(standards, unreadOnly)) + ", i.kind";
    }

    /**
     * How many items, up to {@link PageResult#COUNT_CAP} and one more: a State with 50,000 claims has "more than
     * 10,000", counted without reading them all.
     */
    public static String count(TimeStandards standards, boolean unreadOnly) {
        return capped(items(standards, unreadOnly));
    }

    /**
     * The VRA's page, latest first, with the account's (?1) read marks: the majority alerts of every claim, the
     * escalations of States' steps {@value ReminderLadder#VRA_DAYS} days overdue, and the reminders of the UN's own
     * steps that the claims still wait for; every mail the VRA office is sent.
     */
    public static String vraPage(TimeStandards standards, boolean unreadOnly) {
        return rows(vraItems(standards, unreadOnly));
    }

    /** How many items the VRA's inbox holds, capped like {@link #count}. */
    public static String vraCount(TimeStandards standards, boolean unreadOnly) {
        return capped(vraItems(standards, unreadOnly));
    }

    private static String rows(String from) {
        return "SELECT i.reference, i.claimant_pseudonym, i.kind, i.step, i.item_on, i.due_on,"
                + " r.account_id IS NOT NULL " + from + " ORDER BY i.item_on DESC, i.claim_id DESC";
    }

    private static String capped(String from) {
        return "SELECT COUNT(*) FROM (SELECT 1 " + from + " LIMIT " + (PageResult.COUNT_CAP + 1) + ") capped";
    }

    private static String vraItems(TimeStandards standards, boolean unreadOnly) {
        String reminded = " FROM claim_reminder r JOIN claim c ON c.id = r.claim_id WHERE r.rung = ";
        return "FROM (SELECT c.id AS claim_id, c.reference, c.claimant_pseudonym, 'MAJORITY' AS kind, NULL AS step,"
                + " DATE(a.recorded_at) AS item_on, a.majority_month AS due_on"
                + " FROM claim_majority_alert a JOIN claim c ON c.id = a.claim_id"
                + " UNION ALL SELECT c.id, c.reference, c.claimant_pseudonym, 'ESCALATION', r.step, r.rung_on,"
                + " DATE_SUB(r.rung_on, INTERVAL " + ReminderLadder.VRA_DAYS + " DAY)" + reminded + "'"
                + MailKind.VRA_ESCALATION.name() + "'"
                + " UNION ALL SELECT c.id, c.reference, c.claimant_pseudonym, 'REMINDER', r.step, r.rung_on, "
                + MeasureSql.dueOn(standards.unSteps(), "c") + reminded + "'" + MailKind.REMINDER.name() + "'"
                + " AND r.step IN (" + MeasureSql.names(standards.unSteps().keySet()) + ") AND c.next_step = r.step) i"
                + readMarks("?1", unreadOnly);
    }

    /** The reading account's marks on the items {@code i}; unread only, those without one. */
    private static String readMarks(String account, boolean unreadOnly) {
        return " LEFT JOIN inbox_read r ON r.account_id = " + account
                + " AND r.claim_id = i.claim_id AND r.kind = i.kind AND r.item_on = i.item_on"
                + (unreadOnly ? " WHERE r.account_id IS NULL" : "");
    }

    /**
     * {@code FROM} the items of a State as of a day with the account's read marks: ?1 State, ?2 the day, ?3 the
     * reading account. A reminder's day is its due day plus whole reminder intervals, so one row per overdue claim
     * carries its latest reminder.
     */
    private static String items(TimeStandards standards, boolean unreadOnly) {
        String due = MeasureSql.dueOn(standards, "c");
        String ofState = " FROM claim c WHERE c.member_state = ?1 AND c.route = 'MEMBER_STATE'"
                + " AND c.notified_on IS NOT NULL";
        String items = "SELECT c.id AS claim_id, c.reference, c.claimant_pseudonym, 'NOTIFIED' AS kind, NULL AS step,"
                + " c.notified_on AS item_on, NULL AS due_on" + ofState + " AND c.notified_on <= ?2"
                + " UNION ALL SELECT c.id, c.reference, c.claimant_pseudonym, 'REMINDER', c.next_step,"
                + " DATE_ADD(" + due + ", INTERVAL FLOOR(DATEDIFF(?2, " + due + ") / "
                + TimeStandards.REMINDER_INTERVAL_DAYS + ") * " + TimeStandards.REMINDER_INTERVAL_DAYS + " DAY),"
                + " " + due + ofState + " AND " + MeasureSql.hasStandard(standards, "c") + " AND " + due + " <= ?2"
                + " UNION ALL SELECT c.id, c.reference, c.claimant_pseudonym, 'MAJORITY', NULL,"
                + " DATE(a.recorded_at), a.majority_month FROM claim c JOIN claim_majority_alert a ON a.claim_id = c.id"
                + ofState.replace(" FROM claim c", "") + " AND DATE(a.recorded_at) <= ?2";
        return "FROM (" + items + ") i" + readMarks("?3", unreadOnly);
    }
}
