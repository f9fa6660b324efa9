package un.vra.claims.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.mail.MailKind;

/**
 * The rungs a step has reached on a day (DOMAIN.md, "Clocks and aging"): a reminder on its due day and every
 * {@link TimeStandards#REMINDER_INTERVAL_DAYS} days after, the latest one only (the earlier ones were sent on
 * their day, or are past); for a State's step, the copy to its Permanent Mission from {@value #MISSION_DAYS} days
 * overdue and the escalation to the VRA office from {@value #VRA_DAYS}. Each rung is named by the day it fell
 * due, so the same rung is the same whatever day it is found on, and is recorded once.
 */
public final class ReminderLadder {

    public static final int MISSION_DAYS = 60;
    public static final int VRA_DAYS = 120;

    private ReminderLadder() {}

    /** A rung of the ladder and the day it fell due. */
    public record Rung(MailKind kind, LocalDate on) {}

    /** The rungs reached by {@code day} for a step due on {@code due}; the State's step climbs past reminders. */
    public static List<Rung> reached(LocalDate due, LocalDate day, boolean statesStep) {
        List<Rung> rungs = new ArrayList<>();
        if (day.isBefore(due)) {
            return rungs;
        }
        long overdue = ChronoUnit.DAYS.between(due, day);
        long interval = TimeStandards.REMINDER_INTERVAL_DAYS;
        rungs.add(new Rung(MailKind.REMINDER, due.plusDays(overdue / interval * interval)));
        if (statesStep && overdue >= MISSION_DAYS) {
            rungs.add(new Rung(MailKind.MISSION_COPY, due.plusDays(MISSION_DAYS)));
        }
        if (statesStep && overdue >= VRA_DAYS) {
            rungs.add(new Rung(MailKind.VRA_ESCALATION, due.plusDays(VRA_DAYS)));
        }
        return rungs;
    }
}
