package un.vra.claims.claim;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * How many days each standard step may take, counted from the day the claim started waiting for it. The State's
 * steps: acknowledgement from notification, samples from acknowledgement, the result from the last essential
 * sample, support from the establishment of paternity, a payment of support from the day the oldest period left
 * unpaid fell due (also after the claim was resolved, while the support goes on). The UN's own steps (DOMAIN.md, "More the report counts"):
 * notification from receipt, a retest from the inconclusive result, the confirmation of an outcome the State
 * reported from its report. A step past its due day is overdue; reminders fall due on that day and every
 * {@link #REMINDER_INTERVAL_DAYS} days after.
 */
public record TimeStandards(
        int acknowledgeDays,
        int collectSamplesDays,
        int dnaResultDays,
        int arrangeSupportDays,
        int notifyDays,
        int startRetestDays,
        int confirmOutcomeDays,
        int paymentDays)
        implements Serializable {

    public static final TimeStandards DEFAULT = new TimeStandards(30, 90, 60, 180, 30, 60, 14, 30);

    public static final int REMINDER_INTERVAL_DAYS = 30;

    public TimeStandards {
        if (IntStream.of(
                        acknowledgeDays,
                        collectSamplesDays,
                        dnaResultDays,
                        arrangeSupportDays,
                        notifyDays,
                        startRetestDays,
                        confirmOutcomeDays,
                        paymentDays)
                .anyMatch(days -> days < 1)) {
            throw new IllegalArgumentException("time standards are at least one day each");
        }
    }

    /**
     * The Member State's steps that have a standard, and their days: what a State's overdue steps and its inbox's
     * reminders count.
     */
    public Map<NextStep, Integer> byStep() {
        Map<NextStep, Integer> days = new EnumMap<>(NextStep.class);
        days.put(NextStep.ACKNOWLEDGE, acknowledgeDays);
        days.put(NextStep.COLLECT_SAMPLES, collectSamplesDays);
        days.put(NextStep.RECORD_DNA_RESULT, dnaResultDays);
        days.put(NextStep.ARRANGE_SUPPORT, arrangeSupportDays);
        days.put(NextStep.RECORD_PAYMENT, paymentDays);
        return days;
    }

    /** The UN's own steps that have a standard, and their days. */
    public Map<NextStep, Integer> unSteps() {
        Map<NextStep, Integer> days = new EnumMap<>(NextStep.class);
        days.put(NextStep.NOTIFY_MEMBER_STATE, notifyDays);
        days.put(NextStep.START_RETEST, startRetestDays);
        days.put(NextStep.CONFIRM_OUTCOME, confirmOutcomeDays);
        return days;
    }

    /** Every step that has a standard, the State's and the UN's, and their days. */
    public Map<NextStep, Integer> allSteps() {
        Map<NextStep, Integer> days = byStep();
        days.putAll(unSteps());
        return days;
    }

    /** The day a step waiting since {@code since} is due, if the step has a standard. */
    public Optional<LocalDate> dueOn(NextStep step, LocalDate since) {
        Integer days = step == null || since == null ? null : allSteps().get(step);
        return Optional.ofNullable(days).map(standard -> since.plusDays(standard));
    }

    /**
     * Overdue as of {@code today}: per step with a standard, the State's or the UN's, a claim waiting for it since
     * before this day is past its due day. The one definition of "overdue" (as {@link #overdue} tells it of one
     * claim), which the metrics query layer translates into SQL for the register's overdue filter.
     */
    public Map<NextStep, LocalDate> overdueIfWaitingSinceBefore(LocalDate today) {
        return waitingSinceBefore(allSteps(), today);
    }

    /** {@link #overdueIfWaitingSinceBefore} over the State's own steps only: a State's overdue steps. */
    public Map<NextStep, LocalDate> stateOverdueIfWaitingSinceBefore(LocalDate today) {
        return waitingSinceBefore(byStep(), today);
    }

    private static Map<NextStep, LocalDate> waitingSinceBefore(Map<NextStep, Integer> steps, LocalDate today) {
        Map<NextStep, LocalDate> before = new EnumMap<>(NextStep.class);
        steps.forEach((step, days) -> before.put(step, today.minusDays(days)));
        return before;
    }

    /** Whether a step, the State's or the UN's, waiting since {@code since} is past its due day on {@code today}. */
    public boolean overdue(NextStep step, LocalDate since, LocalDate today) {
        return dueOn(step, since).filter(today::isAfter).isPresent();
    }
}
