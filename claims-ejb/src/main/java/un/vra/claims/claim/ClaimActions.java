package un.vra.claims.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import un.vra.claims.claim.ClaimCommand.*;
import un.vra.claims.shared.EntryRules;
import un.vra.claims.shared.InvalidInputException;

/**
 * The half of the {@link Claim} that its actions change and guard: where it stands, what it left to go on hold
 * or to be closed, the paternity outcome and a State's report of one, the claimant's wishes, the DNA kit, the
 * support and the milestones; the guard every action passes; and one method per action of the {@link Lifecycle},
 * which the claim calls through the action's row once the guard let it through. Each method checks what only the
 * claim can know, changes it and says what happened; the row says where the claim goes next. It is a mapped
 * superclass only so that the aggregate reads in two files of a readable size; it is never used on its own.
 */
@MappedSuperclass
public abstract class ClaimActions {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ClaimStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_pause")
    private ClaimStatus statusBeforePause;

    @Enumerated(EnumType.STRING)
    @Column(name = "paternity_outcome", nullable = false)
    private PaternityOutcome paternityOutcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Embedded
    private ClaimantWishes wishes;

    @Embedded
    private OutcomeReport report;

    @Embedded
    private DnaTest dnaTest;

    @Embedded
    private Milestones milestones;

    protected ClaimActions() {}

    ClaimActions(ClaimantWishes wishes) {
        this.status = ClaimStatus.RECEIVED;
        this.paternityOutcome = PaternityOutcome.UNDETERMINED;
        this.wishes = wishes == null ? new ClaimantWishes(false, null) : wishes;
    }

    abstract void append(ClaimAction action, LocalDate on, Recording recording, EventDetails details);

    public abstract ClaimType claimType();

    public abstract Route route();

    public abstract LocalDate lastEventOn();

    public abstract List<Child> children();

    /** The claim's support: its arrangements and the payments against them, living past the claim's resolution. */
    public abstract SupportAccount support();

    /**
     * A step a legacy register dated without its evidence (no kit, no terms of support): the claim moves as the
     * step would, or to what the determined outcome says, from wherever the register says it stood. Only an
     * import rebuilding a claim's history before it is stored records such a step.
     */
    public void recordImported(ClaimAction action, PaternityOutcome outcome, LocalDate on, Recording recording) {
        ClaimStatus next = outcome != null
                ? outcome.status()
                : Lifecycle.row(action).orElseThrow().leadsTo(this, null, recording.actor());
        if (outcome != null) {
            determine(outcome, on, true);
        }
        moveTo(next);
        append(action, on, recording, EventDetails.of().with("source", "legacy import"));
    }

    /** The actions this claim allows now. */
    public Set<ClaimAction> allowedActions() {
        return Lifecycle.allowed(this);
    }

    public WhoseTurn whoseTurn() {
        return status().whoseTurn(route());
    }

    LocalDate check(ClaimAction action, LocalDate requested, Recording recording) {
        if (!allowedActions().contains(action)) {
            throw refused(action + " is not allowed on a claim in " + status() + "; allowed: " + allowedActions());
        }
        LocalDate on = requested == null ? recording.today() : requested;
        if (on.isAfter(recording.today())) {
            throw new InvalidInputException("date", "the date cannot be in the future");
        }
        if (on.isBefore(lastEventOn())) {
            throw new InvalidInputException(
                    "date", "the date cannot be before the claim's previous event (" + lastEventOn() + ")");
        }
        return on;
    }

    TransitionNotAllowedException refused(String message) {
        return new TransitionNotAllowedException(message, status(), allowedActions());
    }

    /**
     * Notifies the alleged father's State. When the claimant asked that he not be contacted, only an officer's
     * reason overrides her wish; the reason stays with the UN, on the timeline before the notification.
     */
    EventDetails notifyMemberState(NotifyMemberState in, LocalDate on, Recording recording) {
        if (wishes().noFatherContact()) {
            String reason = in.noContactOverrideReason();
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException(
                        "noContactOverrideReason",
                        "the claimant asked that the alleged"
                                + " father not be contacted: notifying his State needs a reason that overrides her wish");
            }
            append(
                    ClaimAction.OVERRIDE_NO_CONTACT_WISH,
                    on,
                    recording,
                    EventDetails.of().with("reason", reason.strip()));
        }
        notifiedOn = on;
        return EventDetails.of().with("noteVerbaleReference", in.noteVerbaleReference());
    }

    EventDetails acknowledge(Acknowledge in, LocalDate on, Recording recording) {
        changing().milestones.acknowledged(on);
        return EventDetails.of().with("note", in.note());
    }

    EventDetails startDnaTest(StartDnaTest in, LocalDate on, Recording recording) {
        dnaTest = new DnaTest(in.kitId(), in.laboratory());
        return EventDetails.of().with("kitId", in.kitId()).with("laboratory", in.laboratory());
    }

    EventDetails recordSampleCollection(RecordSampleCollection in, LocalDate on, Recording recording) {
        return kit().collect(
                        in,
                        () -> refused("kit " + in.kitId() + " is already at the laboratory;"
                                + " start a new test to collect again"));
    }

    EventDetails recordCustodyTransfer(RecordCustodyTransfer in, LocalDate on, Recording recording) {
        return kit().transfer(in);
    }

    EventDetails recordLabReceipt(RecordLabReceipt in, LocalDate on, Recording recording) {
        return kit().receive(
                        in,
                        on,
                        () -> refused("kit " + in.kitId() + " lacks the child's or the alleged" + " father's sample"));
    }

    /** The UN's result takes effect at once; a State's waits for the VRA's confirmation. */
    EventDetails recordDnaResult(RecordDnaResult in, LocalDate on, Recording recording) {
        ProbabilityOfPaternity.ofNullable(in.probabilityOfPaternity());
        kit().requireKit(in.kitId());
        if (!dnaTest.readyForResult()) {
            throw refused("a DNA result needs the child's and the alleged father's samples collected and the"
                    + " laboratory's receipt of kit " + in.kitId() + " with seals intact");
        }
        outcome(ClaimAction.RECORD_DNA_RESULT, in.outcome(), on, recording);
        return EventDetails.of()
                .with("kitId", in.kitId())
                .with("laboratory", in.laboratory())
                .with("conclusion", in.conclusion())
                .with("probabilityOfPaternity", in.probabilityOfPaternity());
    }

    EventDetails recordAdmission(RecordAdmission in, LocalDate on, Recording recording) {
        outcome(ClaimAction.RECORD_ADMISSION, PaternityOutcome.ESTABLISHED, on, recording);
        return EventDetails.of().with("evidence", in.evidence());
    }

    private void outcome(ClaimAction action, PaternityOutcome outcome, LocalDate on, Recording recording) {
        if (recording.actor().isMemberState()) {
            changing().report.report(action, outcome, status);
        } else {
            determine(outcome, on, action == ClaimAction.RECORD_DNA_RESULT);
        }
    }

    /**
     * The VRA confirms the outcome the State reported: it takes effect today, the day of the confirmation, and
     * only then do the measures count it.
     */
    EventDetails confirmOutcome(ConfirmOutcome in, LocalDate on, Recording recording) {
        PaternityOutcome outcome = report.outcome().orElseThrow();
        determine(outcome, on, report.fromDnaResult());
        report.clear();
        return EventDetails.of().with("outcome", outcome);
    }

    /** The VRA rejects the outcome the State reported, with a reason: the claim goes back to where it was. */
    EventDetails rejectOutcome(RejectOutcome in, LocalDate on, Recording recording) {
        PaternityOutcome outcome = report.outcome().orElse(null);
        report.clear();
        return EventDetails.of().with("outcome", outcome).with("reason", in.reason());
    }

    void determine(PaternityOutcome outcome, LocalDate on, boolean fromDnaResult) {
        paternityOutcome = outcome;
        changing().milestones.determined(outcome, on, fromDnaResult);
    }

    EventDetails arrangeSupport(ArrangeSupport in, LocalDate on, Recording recording) {
        SupportArrangement arrangement = in.arrangement();
        SupportSchedule schedule = support().arrange(arrangement, in.child(), in.endsOn(), children());
        return EventDetails.of()
                .with("arrangement", schedule.number())
                .with("child", in.child())
                .with("endsOn", schedule.endsOn())
                .with("kind", arrangement.kind())
                .with("amount", arrangement.amount().amount())
                .with("currency", arrangement.amount().currency())
                .with("frequency", arrangement.frequency())
                .with("startsOn", arrangement.startsOn());
    }

    /** A payment against an arrangement (the first unless named), also after a resolution while support goes on. */
    EventDetails recordPayment(RecordPayment in, LocalDate on, Recording recording) {
        Money payment = new Money(in.amount(), in.currency());
        int number = in.arrangement() == null ? 1 : in.arrangement();
        support().pay(number, on, payment, recording);
        return EventDetails.of()
                .with("arrangement", number)
                .with("payer", in.payer())
                .money(payment);
    }

    EventDetails recordInterimAssistance(RecordInterimAssistance in, LocalDate on, Recording recording) {
        return EventDetails.of()
                .with("source", in.source())
                .assistance(new Money(in.amount(), in.currency()), EntryRules.required("kind", in.kind()));
    }

    EventDetails recordWithheldReimbursement(RecordWithheldReimbursement in, LocalDate on, Recording recording) {
        return EventDetails.of().money(new Money(in.amount(), in.currency()));
    }

    EventDetails releaseWithheldReimbursement(ReleaseWithheldReimbursement in, LocalDate on, Recording recording) {
        Money release = new Money(in.amount(), in.currency());
        BigDecimal balance = ledger().withheldBalance(release.currency());
        if (release.amount().compareTo(balance) > 0) {
            throw new InvalidInputException(
                    "amount", "only " + balance + " " + release.currency() + " is withheld on this claim");
        }
        return EventDetails.of().money(release);
    }

    EventDetails putOnHold(PutOnHold in, LocalDate on, Recording recording) {
        statusBeforePause = status;
        return EventDetails.of().with("reason", in.reason());
    }

    EventDetails resume(Resume in, LocalDate on, Recording recording) {
        statusBeforePause = null;
        return EventDetails.of();
    }

    /** A closure reason must fit the state the claim was in, before any hold. */
    EventDetails close(Close in, LocalDate on, Recording recording) {
        ClaimStatus from = status == ClaimStatus.ON_HOLD ? statusBeforePause : status;
        if (!Lifecycle.closureFits(in.reason(), from, claimType())) {
            throw refused("a claim in " + from + " cannot be closed as " + in.reason());
        }
        if (in.reason() == ClosureReason.CHILD_REACHED_MAJORITY) {
            ChildNotOfAgeException.check(children(), on);
        }
        statusBeforePause = from;
        closureReason = in.reason();
        changing().milestones.closed(on);
        return EventDetails.of().with("reason", in.reason()).with("note", in.note());
    }

    EventDetails reopen(Reopen in, LocalDate on, Recording recording) {
        closureReason = null;
        changing().milestones.closed(null);
        statusBeforePause = null;
        return EventDetails.of().with("reason", in.reason());
    }

    /** A comment: a State's is shared; the UN's stays with the UN unless the officer shares it. */
    EventDetails addComment(AddComment in, LocalDate on, Recording recording) {
        return EventDetails.of()
                .with("text", in.text())
                .audience(Audience.chosen(recording.actor(), Boolean.TRUE.equals(in.shareWithMemberState())));
    }

    /** Records on the timeline that a document was attached; the document itself is stored beside the claim. */
    EventDetails addDocument(AddDocument in, LocalDate on, Recording recording) {
        return EventDetails.of()
                .with("fileName", in.fileName())
                .with("mediaType", in.mediaType())
                .with("size", in.size())
                .with("sha256", in.sha256())
                .audience(in.audience());
    }

    /** The claim's current kit; an empty one when no test was started (a claim imported while testing). */
    private DnaTest kit() {
        return dnaTest == null ? new DnaTest() : dnaTest;
    }

    /** The parts stored as embedded columns come back absent when all their columns are empty. */
    private ClaimActions changing() {
        report = report == null ? new OutcomeReport() : report;
        milestones = milestones == null ? new Milestones() : milestones;
        return this;
    }

    void moveTo(ClaimStatus next) {
        status = Objects.requireNonNull(next);
    }

    public abstract Ledger ledger();

    public ClaimStatus status() {
        return status;
    }

    ClaimStatus statusBeforePause() {
        return statusBeforePause;
    }

    ClaimStatus statusBeforeReport() {
        return report == null ? null : report.statusBefore();
    }

    boolean hasEssentialSamples() {
        return dnaTest != null && dnaTest.hasEssentialSamples();
    }

    boolean needsSupport() {
        return claimType().needsSupport();
    }

    public PaternityOutcome paternityOutcome() {
        return paternityOutcome;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    /** The outcome a State reported that waits for the VRA's confirmation, if any. */
    public Optional<PaternityOutcome> reportedOutcome() {
        return report == null ? Optional.empty() : report.outcome();
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public ClaimantWishes wishes() {
        return wishes == null ? new ClaimantWishes(false, null) : wishes;
    }

    public Optional<DnaTest> dnaTest() {
        return Optional.ofNullable(dnaTest).filter(test -> test.kitId() != null);
    }

    /**
     * Whether support goes on after the claim was closed: only a claim resolved with an arrangement takes payments
     * then, for the periods that fall due until the arrangement ends and for the arrears left at its end.
     */
    boolean supportGoesOn() {
        return closureReason == ClosureReason.RESOLVED
                && !support().arrangements().isEmpty();
    }

    public Milestones milestones() {
        return milestones == null ? new Milestones() : milestones;
    }
}
