package un.vra.claims.claim;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import un.vra.claims.shared.InvalidInputException;

/**
 * One support arrangement of a claim (a court order, an agreement or a lump sum), for one child or for all of them,
 * followed from its start to its end: its terms as first arranged and as revised, its last day, and its termination.
 * It answers what fell due, period by period, so that the arrears of a claim stop where the support stops.
 *
 * <p>The rule of the periods, the one the README states:
 *
 * <ul>
 *   <li>Periods run from a day of the month, the period day: the first of the start's month for an arrangement
 *       made here, the start day itself for one carried over from before (whose figures must not change). A monthly
 *       period lasts one month, a quarterly three, a yearly twelve; where the period day does not exist in a short
 *       month, the period starts on the first of the next month.
 *   <li>A period falls due on the first day the arrangement covers in it, and its whole amount is due then.
 *   <li>A period the arrangement covers only in part (the first, cut by the start; the last, cut by the end; the
 *       two sides of a revision) is prorated: amount x days covered / days in the period, rounded half up to the
 *       cent. A revision starts periods of its own from the first of its month, so the month of a revision is owed
 *       partly at the old and partly at the new amount.
 *   <li>The arrangement ends on its last day: the day before the child's majority (the youngest child's, for an
 *       arrangement for all children; 18 years after the start for a claim that names no child) unless it names a last
 *       day of its own, or earlier on the day it is
 *       terminated. Nothing falls due after it, so arrears stop growing.
 *   <li>A lump sum falls due once, whole, on its start day.
 * </ul>
 */
@Entity
@Table(name = "claim_support_arrangement")
public class SupportSchedule implements Serializable {

    /** Why an arrangement stopped before its end. */
    public enum TerminationReason {
        COURT_DECISION,
        PARTIES_AGREED,
        REPLACED_BY_NEW_ARRANGEMENT,
        CHILD_DECEASED,
        PAYER_DECEASED,
        OTHER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportArrangement.Kind kind;

    @Column(name = "child_position")
    private Integer child;

    @Column(name = "periods_from", nullable = false)
    private LocalDate periodsFrom;

    @ElementCollection
    @CollectionTable(name = "claim_support_terms", joinColumns = @JoinColumn(name = "arrangement_id"))
    @OrderBy("from")
    private List<SupportTerms> terms = new ArrayList<>();

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    private TerminationReason terminationReason;

    protected SupportSchedule() {}

    SupportSchedule(
            int number,
            SupportArrangement.Kind kind,
            Integer child,
            LocalDate periodsFrom,
            SupportTerms first,
            LocalDate lastDay) {
        this.number = number;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.child = child;
        this.periodsFrom = Objects.requireNonNull(periodsFrom, "periodsFrom");
        this.terms.add(Objects.requireNonNull(first, "terms"));
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        boolean lumpSum = kind == SupportArrangement.Kind.LUMP_SUM;
        if (lumpSum != (first.frequency() == SupportArrangement.Frequency.ONE_OFF)) {
            throw new InvalidInputException("frequency", "a lump sum, and only a lump sum, is paid once (ONE_OFF)");
        }
        if (lastDay.isBefore(first.from())) {
            throw new InvalidInputException(
                    "endsOn", "an arrangement cannot end before it starts (" + first.from() + ")");
        }
    }

    /**
     * An arrangement made here: for one child (its position) or, with none, for all the claim's children; it ends
     * on its own last day, or else the day before the child's majority (the youngest child's for all of them); on a
     * claim that names no child, 18 years after its start, the latest a child born by then comes of age.
     */
    static SupportSchedule arrange(
            int number, SupportArrangement arranged, Integer child, LocalDate endsOn, List<Child> children) {
        LocalDate last = endsOn != null
                ? endsOn
                : majorityOf(child, children)
                        .orElse(arranged.startsOn().plusYears(18))
                        .minusDays(1);
        return new SupportSchedule(
                number,
                arranged.kind(),
                child,
                arranged.startsOn().withDayOfMonth(1),
                new SupportTerms(arranged.startsOn(), arranged.amount(), arranged.frequency()),
                last);
    }

    /** The child's majority, or the youngest's; none for a claim that names no child. */
    private static Optional<LocalDate> majorityOf(Integer child, List<Child> children) {
        Optional<LocalDate> majority = children.stream()
                .filter(each -> child == null || each.position() == child)
                .map(Child::majorityOn)
                .max(Comparator.naturalOrder());
        if (child != null && majority.isEmpty()) {
            throw new InvalidInputException("child", "the claim has no child " + child);
        }
        return majority;
    }

    /** New terms from a day within the arrangement, in its currency; earlier periods keep their amounts. */
    void revise(SupportTerms revised) {
        SupportTerms current = terms.get(terms.size() - 1);
        if (kind == SupportArrangement.Kind.LUMP_SUM || revised.frequency() == SupportArrangement.Frequency.ONE_OFF) {
            throw new InvalidInputException("frequency", "a lump sum is neither revised nor revised into");
        }
        if (!revised.amount().currency().equals(current.amount().currency())) {
            throw new InvalidInputException(
                    "currency",
                    "a revision keeps the arrangement's currency, "
                            + current.amount().currency());
        }
        if (!revised.from().isAfter(current.from()) || revised.from().isAfter(endsOn())) {
            throw new InvalidInputException(
                    "from",
                    "a revision takes effect after " + current.from() + " and no later than the last day, " + endsOn());
        }
        terms.add(revised);
    }

    /** Stops the arrangement after {@code on}, its new last day, for a reason. */
    void terminate(LocalDate on, TerminationReason reason) {
        Objects.requireNonNull(reason, "reason");
        if (terminatedOn != null) {
            throw new InvalidInputException("arrangement", "arrangement " + number + " is already terminated");
        }
        if (on.isBefore(startsOn()) || on.isAfter(lastDay)) {
            throw new InvalidInputException(
                    "terminatedOn", "an arrangement is terminated between its start and its last day, " + lastDay);
        }
        terminatedOn = on;
        terminationReason = reason;
    }

    /** What fell due up to and including {@code asOf}, period by period, nothing paid yet. */
    public List<SupportPeriod> periodsDueBy(LocalDate asOf) {
        List<SupportPeriod> periods = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            SupportTerms each = terms.get(i);
            LocalDate to = i + 1 < terms.size() && terms.get(i + 1).from().isBefore(endsOn().plusDays(1))
                    ? terms.get(i + 1).from().minusDays(1)
                    : endsOn();
            LocalDate anchor = i == 0 ? periodsFrom : each.from().withDayOfMonth(1);
            addPeriods(periods, each, anchor, to, asOf);
        }
        return periods;
    }

    private void addPeriods(
            List<SupportPeriod> periods, SupportTerms each, LocalDate anchor, LocalDate to, LocalDate asOf) {
        String currency = each.amount().currency();
        if (each.frequency() == SupportArrangement.Frequency.ONE_OFF) {
            if (!each.from().isAfter(asOf)) {
                periods.add(period(each.from(), each.from(), each.amount().amount(), currency));
            }
            return;
        }
        int months = each.frequency().months();
        for (int n = 0; ; n++) {
            LocalDate start = periodStart(anchor, n * months);
            LocalDate end = periodStart(anchor, (n + 1) * months).minusDays(1);
            LocalDate coveredFrom = start.isBefore(each.from()) ? each.from() : start;
            LocalDate coveredTo = end.isAfter(to) ? to : end;
            if (start.isAfter(to) || coveredFrom.isAfter(asOf)) {
                return;
            }
            if (!coveredFrom.isAfter(coveredTo)) {
                periods.add(period(
                        coveredFrom,
                        coveredTo,
                        prorated(each.amount().amount(), start, end, coveredFrom, coveredTo),
                        currency));
            }
        }
    }

    private SupportPeriod period(LocalDate from, LocalDate to, BigDecimal due, String currency) {
        return new SupportPeriod(number, child, from, to, from, due, currency, BigDecimal.ZERO);
    }

    /** The day a period starts {@code months} after the period day; a day a short month lacks moves to the 1st. */
    static LocalDate periodStart(LocalDate anchor, int months) {
        LocalDate day = anchor.plusMonths(months);
        return day.getDayOfMonth() < anchor.getDayOfMonth() ? day.plusDays(1) : day;
    }

    private static BigDecimal prorated(
            BigDecimal amount, LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        long covered = ChronoUnit.DAYS.between(from, to) + 1;
        return covered == days
                ? amount
                : amount.multiply(BigDecimal.valueOf(covered))
                        .divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
    }

    public int number() {
        return number;
    }

    public SupportArrangement.Kind kind() {
        return kind;
    }

    /** The child's position on the claim, or empty for an arrangement for all the claim's children. */
    public Optional<Integer> child() {
        return Optional.ofNullable(child);
    }

    public LocalDate startsOn() {
        return terms.get(0).from();
    }

    public String currency() {
        return terms.get(0).amount().currency();
    }

    /** The terms as first arranged, then each revision, oldest first. */
    public List<SupportTerms> terms() {
        return Collections.unmodifiableList(terms);
    }

    /** The terms in force on a day (the first terms before the start). */
    public SupportTerms termsOn(LocalDate day) {
        return terms.stream()
                .filter(each -> !each.from().isAfter(day))
                .reduce((earlier, later) -> later)
                .orElse(terms.get(0));
    }

    /** The last day the arrangement covers: its own, the day before majority, or the day it was terminated. */
    public LocalDate endsOn() {
        return terminatedOn != null ? terminatedOn : lastDay;
    }

    /** Whether the arrangement still covers days after {@code day}. */
    public boolean runsAfter(LocalDate day) {
        return endsOn().isAfter(day);
    }

    public Optional<LocalDate> terminatedOn() {
        return Optional.ofNullable(terminatedOn);
    }

    public Optional<TerminationReason> terminationReason() {
        return Optional.ofNullable(terminationReason);
    }
}
