package un.vra.claims.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Converter;
import org.eclipse.persistence.annotations.Converters;
import un.vra.claims.encryption.BlindIndexConverter;
import un.vra.claims.encryption.FingerprintConverter;
import un.vra.claims.encryption.PersonalDataConverter;
import un.vra.claims.shared.InvalidInputException;

/**
 * A paternity and/or child-support claim: the aggregate root. Every action goes through {@link #act}, which asks
 * the action's row of the {@link Lifecycle} whether it is allowed, where it leads and which of the claim's methods
 * applies it, then appends the event to the timeline in the same transaction. Nothing outside changes the status.
 * The state the actions change and their own methods ({@code acknowledge} and the like) are the other half of
 * the claim, {@link ClaimActions}; this half holds what the claim is, its registration and its timeline.
 */
@Entity
@Table(name = "claim")
// Declared once for the persistence unit; every entity that holds personal data names them with @Convert.
@Converters({
    @Converter(name = PersonalDataConverter.NAME, converterClass = PersonalDataConverter.class),
    @Converter(name = BlindIndexConverter.NAME, converterClass = BlindIndexConverter.class),
    @Converter(name = FingerprintConverter.NAME, converterClass = FingerprintConverter.class)
})
public class Claim extends ClaimActions {

    /** The first year an allegation can date from: the first peace operation's. */
    public static final int FIRST_ALLEGATION_YEAR = 1948;

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "claim_ids")
    @TableGenerator(
            name = "claim_ids",
            table = IdBlocks.TABLE,
            pkColumnName = IdBlocks.NAME,
            valueColumnName = IdBlocks.ALLOCATED,
            pkColumnValue = "claim",
            allocationSize = IdBlocks.SIZE)
    private Long id;

    @Version
    private long version;

    @Embedded
    private ClaimReference reference;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "claim_type", nullable = false)
    private ClaimType claimType;

    /** A {@link MissionCode}, kept as its code so that queries compare codes with codes. */
    @Column(name = "mission", nullable = false)
    private String mission;

    @Column(name = "allegation_reference")
    private String allegationReference;

    /**
     * The allegation's year as registration or import named it; the allegation record ({@code allegation}, V90)
     * keeps it, with the mission, when the reference is first seen ({@code AllegationLinks}).
     */
    @Transient
    private Integer allegationYear;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_category", nullable = false)
    private PersonnelCategory personnelCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Route route;

    /** A {@link MemberStateCode}, kept as its code so that every focal point's query compares it with its own. */
    @Column(name = "member_state", length = 3)
    private String memberState;

    @Embedded
    private Claimant claimant;

    @ElementCollection
    @CollectionTable(name = "claim_child", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("position")
    private List<Child> children = new ArrayList<>();

    @Embedded
    private AllegedFather allegedFather;

    /**
     * The first day of the month its next child comes of age, if one is still to: the indexed column behind the
     * flag "majority approaching" and its sort. The daily job moves it on once that month has passed.
     */
    @Column(name = "majority_month")
    private LocalDate majorityMonth;

    @Column(name = "last_event_on", nullable = false)
    private LocalDate lastEventOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_step")
    private NextStep nextStep;

    @Column(name = "next_step_since")
    private LocalDate nextStepSince;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("sequence")
    private List<ClaimEvent> events = new ArrayList<>();

    /** Read in one query for a whole page of claims, since every row of a list shows its clocks. */
    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("validFrom")
    @BatchFetch(BatchFetchType.IN)
    private List<ClaimStatePeriod> periods = new ArrayList<>();

    /** The support account's arrangements, kept in tables of their own since they outlive the claim's resolution. */
    @OneToMany(cascade = CascadeType.PERSIST)
    @JoinColumn(name = "claim_id", nullable = false)
    @OrderBy("number")
    private List<SupportSchedule> supportArrangements = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "claim_support_payment", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("paidOn")
    private List<SupportPayment> supportPayments = new ArrayList<>();

    protected Claim() {}

    /** Registers a new claim; it starts RECEIVED, the UN's turn. */
    public Claim(ClaimReference reference, NewClaim details, Recording recording) {
        super(details.wishes());
        if (details.receivedOn().isAfter(recording.today())) {
            throw new InvalidInputException("receivedOn", "the date received cannot be in the future");
        }
        this.reference = Objects.requireNonNull(reference);
        this.receivedOn = details.receivedOn();
        this.claimType = details.claimType();
        this.mission = new MissionCode(details.mission()).value();
        this.allegationReference = details.allegationReference();
        this.allegationYear = allegationYear(details);
        this.personnelCategory = details.personnelCategory();
        this.route = personnelCategory.route();
        if (route == Route.MEMBER_STATE && details.memberState() == null) {
            throw new InvalidInputException(
                    "memberState", "a claim against uniformed personnel needs the responsible Member State");
        }
        this.memberState = MemberStateCode.ofNullable(details.memberState())
                .map(MemberStateCode::value)
                .orElse(null);
        this.claimant = new Claimant(details.claimantName(), details.claimantContact());
        this.allegedFather = details.allegedFather();
        for (NewChild child : details.children()) {
            children.add(Child.born(children.size() + 1, claimant.pseudonym(), child, receivedOn, recording.today()));
        }
        children.forEach(child -> child.fingerprint(claimant.name()));
        refreshMajority(recording.today());
        this.lastEventOn = receivedOn;
        append(
                ClaimAction.REGISTER,
                receivedOn,
                recording,
                EventDetails.of()
                        .with("claimType", claimType)
                        .with("mission", mission)
                        .with("personnelCategory", personnelCategory)
                        .with("memberState", memberState));
    }

    /**
     * Takes the action whose input this is: refused unless the claim's state allows it on its route, on a day
     * neither in the future nor before the previous event, with every required input given; then the claim's
     * method for it applies the input, the claim moves where the row says, and the event joins the timeline.
     */
    public void act(ClaimCommand input, Recording recording) {
        LifecycleRow<?> row = Lifecycle.rowOf(input);
        LocalDate on = check(row.action(), row.date(input), recording);
        Required.check(input);
        ClaimStatus next = row.leadsTo(this, input, recording.actor());
        EventDetails details = row.apply(this, input, on, recording);
        moveTo(next);
        append(row.action(), on, recording, details);
    }

    /**
     * Adds the event and, when the status or the outcome changed, ends the current state period on that day
     * and opens the next, so the periods always mirror the timeline. A new next step starts its own clock on
     * the event's day; a step that stays (samples after the kit was sent) keeps the day it started.
     */
    @Override
    void append(ClaimAction action, LocalDate on, Recording recording, EventDetails details) {
        events.add(new ClaimEvent(
                this,
                events.size() + 1,
                action,
                on,
                recording,
                status(),
                details.toJson(),
                details.money(),
                details.assistanceKind(),
                details.audience(action, recording.actor())));
        ClaimStatePeriod current =
                periods.stream().filter(ClaimStatePeriod::isOpen).findFirst().orElse(null);
        if (current == null || !current.describes(status(), paternityOutcome())) {
            if (current != null) {
                current.endOn(on);
            }
            // The children are the claim's since its registration: the first period counts them, the next copy it.
            periods.add(new ClaimStatePeriod(this, on, current == null ? children.size() : current.children()));
        }
        NextStep step = Lifecycle.awaited(this).orElse(null);
        LocalDate since = step == nextStep ? nextStepSince : on;
        if (step == NextStep.RECORD_PAYMENT) {
            since = support().unpaidSince().orElse(since);
        }
        nextStep = step;
        nextStepSince = step == null ? null : since;
        lastEventOn = on;
        updatedAt = recording.now();
    }

    /**
     * Records on the timeline that the reminder ladder of the step the claim waits for reached a rung on
     * {@code on}. A reminder is no step of the claim: its status, clocks, next step and last event day stay as they
     * were, so a State may still record a step dated before it; and the version stays, so an officer's open dialog
     * is not made stale by the job.
     */
    public void recordReminder(String rung, LocalDate dueOn, LocalDate on, Audience audience, Recording recording) {
        appendAside(
                ClaimAction.REMINDER_SENT,
                on,
                recording,
                EventDetails.of()
                        .with("rung", rung)
                        .with("step", nextStep)
                        .with("dueOn", dueOn)
                        .audience(audience));
    }

    /**
     * Records on the timeline, on {@code on}, that a note verbale was written to the State and stored among the
     * claim's documents under {@code fileName}; shared with the State, to which it is addressed. Like a reminder, it
     * is no step of the claim: status, clocks, next step, last event day and version stay as they were.
     */
    public void recordNoteVerbale(String number, String fileName, LocalDate on, Recording recording) {
        appendAside(
                ClaimAction.NOTE_VERBALE_SENT,
                on,
                recording,
                EventDetails.of()
                        .with("noteVerbaleReference", number)
                        .with("fileName", fileName)
                        .audience(Audience.SHARED));
    }

    private void appendAside(ClaimAction action, LocalDate on, Recording recording, EventDetails details) {
        events.add(new ClaimEvent(
                this,
                events.size() + 1,
                action,
                on,
                recording,
                status(),
                details.toJson(),
                null,
                null,
                details.audience(action, recording.actor())));
    }

    /**
     * Corrects a child's year of birth and its date where now known (null: the year alone), and when the claim's
     * next child comes of age; the correction is a new event on the timeline, UN only. It is no step of the claim:
     * status, clocks, next step and last event day stay as they were. The event says which child, the year, whether
     * the date is known and the month of majority, never the date itself, which stays sealed in the child's record.
     *
     * @return the child as corrected
     */
    public Child correctChildBirth(int position, int birthYear, LocalDate birthDate, Recording recording) {
        Child child = children.stream()
                .filter(each -> each.position() == position)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("child", "the claim has no child " + position));
        child.bornOn(birthYear, birthDate, receivedOn, recording.today());
        child.fingerprint(claimant.name());
        refreshMajority(recording.today());
        appendAside(
                ClaimAction.CORRECT_CHILD_BIRTH,
                recording.today(),
                recording,
                EventDetails.of()
                        .with("child", position)
                        .with("birthYear", birthYear)
                        .with("birthDateKnown", birthDate != null)
                        .with("majorityMonth", YearMonth.from(child.majorityMonth()))
                        .audience(Audience.UN_ONLY));
        updatedAt = recording.now();
        return child;
    }

    /**
     * The year of the allegation named at registration: the year given, from 1948 (the first peace operation) to
     * the year the claim was received; without one, the year received.
     */
    private static Integer allegationYear(NewClaim details) {
        if (details.allegationReference() == null) {
            return null;
        }
        Integer year = details.allegationYear();
        if (year == null) {
            return details.receivedOn().getYear();
        }
        if (year < FIRST_ALLEGATION_YEAR || year > details.receivedOn().getYear()) {
            throw new InvalidInputException(
                    "allegationYear",
                    "the allegation's year must lie between " + FIRST_ALLEGATION_YEAR + " and the year received");
        }
        return year;
    }

    private void refreshMajority(LocalDate today) {
        LocalDate month = today.withDayOfMonth(1);
        majorityMonth = children.stream()
                .map(Child::majorityMonth)
                .filter(each -> !each.isBefore(month))
                .min(LocalDate::compareTo)
                .orElse(null);
    }

    /**
     * Records on the timeline, shared with the State, that a child's majority is near and the alert went out: the
     * child's position and the month it comes of age, nothing that is not already the State's to see.
     */
    public void recordMajorityAlert(Child child, Recording recording) {
        EventDetails details = EventDetails.of()
                .with("child", child.position())
                .with("majorityMonth", YearMonth.from(child.majorityMonth()))
                .audience(Audience.SHARED);
        appendAside(ClaimAction.MAJORITY_ALERT, recording.today(), recording, details);
    }

    /** The first day of the month the claim's next child comes of age, if one is still to. */
    public Optional<LocalDate> nextMajorityMonth() {
        return Optional.ofNullable(majorityMonth);
    }

    /** Whether a child's majority is near: an open claim whose next child comes of age within two years. */
    public boolean majorityApproaching(LocalDate today) {
        return majorityMonth != null
                && status() != ClaimStatus.CLOSED
                && !majorityMonth.isAfter(majorityHorizon(today));
    }

    /** The last day a child's majority may fall on for its claim to be flagged "majority approaching". */
    public static LocalDate majorityHorizon(LocalDate today) {
        return today.plusYears(2);
    }

    @Override
    public ClaimType claimType() {
        return claimType;
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public ClaimReference reference() {
        return reference;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public MissionCode mission() {
        return new MissionCode(mission);
    }

    public String allegationReference() {
        return allegationReference;
    }

    /** The allegation's year as named when the claim was registered in this transaction; empty once read back. */
    public Optional<Integer> allegationYear() {
        return Optional.ofNullable(allegationYear);
    }

    public PersonnelCategory personnelCategory() {
        return personnelCategory;
    }

    @Override
    public Route route() {
        return route;
    }

    public Optional<MemberStateCode> memberState() {
        return MemberStateCode.ofNullable(memberState);
    }

    public String claimantPseudonym() {
        return claimant.pseudonym();
    }

    public Claimant claimant() {
        return claimant;
    }

    @Override
    public SupportAccount support() {
        return new SupportAccount(supportArrangements, supportPayments);
    }

    /** The first arrangement's terms as first arranged, if support was arranged. */
    public Optional<SupportArrangement> supportArrangement() {
        return support().arrangements().stream()
                .findFirst()
                .map(first -> new SupportArrangement(
                        first.kind(),
                        first.terms().get(0).amount(),
                        first.terms().get(0).frequency(),
                        first.startsOn()));
    }

    /** Whether support goes on and some period of it, fallen due or still to fall due, is not paid in full. */
    boolean awaitsPayment() {
        return supportGoesOn() && support().unpaidSince().isPresent();
    }

    /**
     * Whether a claim whose support is arranged waits for a payment: unless every period is paid to the end; a claim
     * imported with its support arranged but without terms waits for one, as it always did.
     */
    boolean awaitsPaymentWhileArranged() {
        return support().arrangements().isEmpty() || support().unpaidSince().isPresent();
    }

    @Override
    public List<Child> children() {
        return Collections.unmodifiableList(children);
    }

    public Optional<AllegedFather> allegedFather() {
        return Optional.ofNullable(allegedFather);
    }

    /** The claim's clocks on a date, from the state periods, which change exactly when whose turn it is can. */
    public ClaimClocks clocks(LocalDate asOf) {
        return ClaimClocks.of(
                route,
                periods.stream()
                        .map(period -> new ClaimClocks.Step(period.validFrom(), period.status()))
                        .toList(),
                asOf);
    }

    public List<ClaimStatePeriod> periods() {
        return Collections.unmodifiableList(periods);
    }

    /** What the claim waits for now, if anything. */
    public Optional<NextStep> nextStep() {
        return Optional.ofNullable(nextStep);
    }

    /** The day the claim started waiting for its next step. */
    public LocalDate nextStepSince() {
        return nextStepSince;
    }

    @Override
    public LocalDate lastEventOn() {
        return lastEventOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ClaimEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** The sums of money recorded on the claim. */
    @Override
    public Ledger ledger() {
        return new Ledger(events());
    }
}
