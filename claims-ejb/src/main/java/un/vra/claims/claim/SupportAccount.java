package un.vra.claims.claim;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import un.vra.claims.shared.InvalidInputException;

/**
 * The claim's support as an account of its own: its arrangements and the payments against them. It lives past the
 * claim's resolution, since money reaches a child for years after the claim is settled, and answers on any day what
 * fell due, what was paid and what is in arrears, per period, per child and per currency. Amounts in different
 * currencies are never added together: there is no rate in the register to convert them with.
 *
 * <p>Payments go to the periods of their own arrangement, oldest period first; what is paid beyond all that fell
 * due waits as credit for the periods to come and is never counted as negative arrears.
 */
public final class SupportAccount implements Serializable {

    /** What fell due, was paid and is in arrears for one child (or all children) in one currency. */
    public record Figures(Integer child, String currency, BigDecimal due, BigDecimal paid, BigDecimal arrears)
            implements Serializable {

        Figures plus(Figures other) {
            return new Figures(child, currency, due.add(other.due), paid.add(other.paid), arrears.add(other.arrears));
        }
    }

    private final List<SupportSchedule> arrangements;
    private final List<SupportPayment> payments;

    public SupportAccount() {
        this(new ArrayList<>(), new ArrayList<>());
    }

    /** The account over the claim's own lists, which it adds to. */
    SupportAccount(List<SupportSchedule> arrangements, List<SupportPayment> payments) {
        this.arrangements = arrangements;
        this.payments = payments;
    }

    /** Adds an arrangement made here, numbered after the others; see {@link SupportSchedule#arrange}. */
    SupportSchedule arrange(SupportArrangement arranged, Integer child, LocalDate endsOn, List<Child> children) {
        SupportSchedule schedule = SupportSchedule.arrange(arrangements.size() + 1, arranged, child, endsOn, children);
        arrangements.add(schedule);
        return schedule;
    }

    /**
     * Records a payment against an arrangement, in its currency, paid on a day between the arrangement's start and
     * today; a payment after the end still pays the arrears.
     */
    SupportPayment pay(int number, LocalDate paidOn, Money amount, Recording recording) {
        SupportSchedule arrangement = arrangement(number);
        if (!amount.currency().equals(arrangement.currency())) {
            throw new InvalidInputException(
                    "currency", "payments are recorded in the arrangement's currency, " + arrangement.currency());
        }
        if (paidOn.isAfter(recording.today()) || paidOn.isBefore(arrangement.startsOn())) {
            throw new InvalidInputException(
                    "paidOn",
                    "a payment is dated between the arrangement's start, " + arrangement.startsOn() + ", and today");
        }
        SupportPayment payment = new SupportPayment(number, paidOn, amount, recording.now());
        payments.add(payment);
        return payment;
    }

    /** Revises an arrangement (the first unless named) from a day; see {@link SupportSchedule#revise}. */
    EventDetails revise(ClaimCommand.ReviseSupport in) {
        int number = in.arrangement() == null ? 1 : in.arrangement();
        Money amount = new Money(in.amount(), in.currency());
        arrangement(number).revise(new SupportTerms(in.from(), amount, in.frequency()));
        return EventDetails.of()
                .with("arrangement", number)
                .with("from", in.from())
                .with("amount", amount.amount())
                .with("currency", amount.currency())
                .with("frequency", in.frequency());
    }

    /** Ends an arrangement (the first unless named) on the day of the event, for a reason. */
    EventDetails terminate(ClaimCommand.TerminateSupport in, LocalDate on) {
        int number = in.arrangement() == null ? 1 : in.arrangement();
        arrangement(number).terminate(on, in.reason());
        return EventDetails.of()
                .with("arrangement", number)
                .with("reason", in.reason())
                .with("note", in.note());
    }

    /** The arrangement of that number; refused as invalid input when there is none. */
    public SupportSchedule arrangement(int number) {
        return arrangements.stream()
                .filter(each -> each.number() == number)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("arrangement", "the claim has no arrangement " + number));
    }

    /** Every period that fell due up to {@code asOf}, arrangement by arrangement, with what the payments paid of it. */
    public List<SupportPeriod> statement(LocalDate asOf) {
        List<SupportPeriod> statement = new ArrayList<>();
        for (SupportSchedule arrangement : arrangements) {
            List<SupportPeriod> periods = new ArrayList<>(arrangement.periodsDueBy(asOf));
            BigDecimal left = paid(arrangement.number(), asOf);
            for (int i = 0; i < periods.size() && left.signum() > 0; i++) {
                BigDecimal share = left.min(periods.get(i).due());
                periods.set(i, periods.get(i).paying(share));
                left = left.subtract(share);
            }
            statement.addAll(periods);
        }
        return statement;
    }

    /** Due, paid and arrears up to {@code asOf}, by child (null: all children) and currency, never converted. */
    public List<Figures> figures(LocalDate asOf) {
        Map<String, Figures> figures = new LinkedHashMap<>();
        for (SupportSchedule arrangement : arrangements) {
            BigDecimal due = arrangement.periodsDueBy(asOf).stream()
                    .map(SupportPeriod::due)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal paid = paid(arrangement.number(), asOf);
            Integer child = arrangement.child().orElse(null);
            figures.merge(
                    child + " " + arrangement.currency(),
                    new Figures(
                            child,
                            arrangement.currency(),
                            due,
                            paid,
                            due.subtract(paid).max(BigDecimal.ZERO)),
                    Figures::plus);
        }
        return List.copyOf(figures.values());
    }

    /** The day of the oldest period still unpaid on {@code asOf}, if any: support overdue since then. */
    public Optional<LocalDate> overdueSince(LocalDate asOf) {
        return statement(asOf).stream()
                .filter(period -> period.arrears().signum() > 0)
                .map(SupportPeriod::dueOn)
                .min(LocalDate::compareTo);
    }

    /**
     * The day the oldest period not paid in full falls due, counting every payment recorded and every period up to
     * the arrangements' ends: the day support is unpaid since, or will be if nothing more is paid; empty when it is
     * paid to the end.
     */
    public Optional<LocalDate> unpaidSince() {
        return overdueSince(LocalDate.MAX);
    }

    /** Whether an arrangement still covers days after {@code day}: the account is still open then. */
    public boolean runsAfter(LocalDate day) {
        return arrangements.stream().anyMatch(arrangement -> arrangement.runsAfter(day));
    }

    private BigDecimal paid(int number, LocalDate asOf) {
        return payments.stream()
                .filter(payment ->
                        payment.arrangement() == number && !payment.paidOn().isAfter(asOf))
                .map(payment -> payment.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public List<SupportSchedule> arrangements() {
        return Collections.unmodifiableList(arrangements);
    }

    public List<SupportPayment> payments() {
        return Collections.unmodifiableList(payments);
    }
}
