package un.vra.claims.claim;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many days each standard step may take, counted from the day the claim started waiting for it:
 * acknowledgement from notification, samples from acknowledgement, the result from the last essential
 * sample, support from the establishment of paternity. A step past its due day is overdue; reminders fall
 * due on that day and every {@link #REMINDER_INTERVAL_DAYS} days after.
 */
public record TimeStandards(int acknowledgeDays, int collectSamplesDays, int dnaResultDays, int arrangeSupportDays)
        implements Serializable {

    public static final TimeStandards DEFAULT = new TimeStandards(30, 90, 60, 180);

    public static final int REMINDER_INTERVAL_DAYS = 30;

    public TimeStandards {
        if (acknowledgeDays < 1 || collectSamplesDays < 1 || dnaResultDays < 1 || arrangeSupportDays < 1) {
            throw new IllegalArgumentException("time standards are at least one day each");
        }
    }

    /** The steps that have a standard, and their days. */
    public Map<NextStep, Integer> byStep() {
        Map<NextStep, Integer> days = new EnumMap<>(NextStep.class);
        days.put(NextStep.ACKNOWLEDGE, acknowledgeDays);
        days.put(NextStep.COLLECT_SAMPLES, collectSamplesDays);
        days.put(NextStep.RECORD_DNA_RESULT, dnaResultDays);
        days.put(NextStep.ARRANGE_SUPPORT, arrangeSupportDays);
        return days;
    }

    /** The day a step waiting since {@code since} is due, if the step has a standard. */
    public Optional<LocalDate> dueOn(NextStep step, LocalDate since) {
        Integer days = step == null || since == null ? null : byStep().get(step);
        return Optional.ofNullable(days).map(standard -> since.plusDays(standard));
    }

    /**
     * Overdue as of {@code today}: per step with a standard, a claim waiting for it since before this day is past
     * its due day. The one definition of "overdue", which the metrics query layer translates into SQL.
     */
    public Map<NextStep, LocalDate> overdueIfWaitingSinceBefore(LocalDate today) {
        Map<NextStep, LocalDate> before = new EnumMap<>(NextStep.class);
        byStep().forEach((step, days) -> before.put(step, today.minusDays(days)));
        return before;
    }

    public boolean overdue(NextStep step, LocalDate since, LocalDate today) {
        LocalDate before =
                step == null ? null : overdueIfWaitingSinceBefore(today).get(step);
        return before != null && since != null && since.isBefore(before);
    }
}
