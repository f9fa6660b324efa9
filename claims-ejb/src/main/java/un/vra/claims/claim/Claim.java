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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.annotations.Converter;
import org.eclipse.persistence.annotations.Converters;
import un.vra.claims.encryption.BlindIndexConverter;
import un.vra.claims.encryption.PersonalDataConverter;
import un.vra.claims.shared.InvalidInputException;

/**
 * A paternity and/or child-support claim: the aggregate root. Every change goes through an action method
 * that checks the {@link Lifecycle}, moves the status and appends an event to the timeline in the same
 * transaction. Nothing outside changes the status.
 */
@Entity
@Table(name = "claim")
// Declared once for the persistence unit; every entity that holds personal data names them with @Convert.
@Converters({@Converter(name = PersonalDataConverter.NAME, converterClass = PersonalDataConverter.class),
        @Converter(name = BlindIndexConverter.NAME, converterClass = BlindIndexConverter.class)})
public class Claim {

    /** A DNA inclusion at or above this probability of paternity establishes paternity. */
    public static final BigDecimal PATERNITY_THRESHOLD = new BigDecimal("99");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @Column(name = "mission", nullable = false)
    private String mission;

    @Column(name = "allegation_reference")
    private String allegationReference;

    @Enumerated(EnumType.STRING)
    @Column(name = "personnel_category", nullable = false)
    private PersonnelCategory personnelCategory;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Route route;

    @Column(name = "member_state", length = 3)
    private String memberState;

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

    /** The outcome a Member State reported, while it waits for the VRA's confirmation. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_outcome")
    private PaternityOutcome reportedOutcome;

    /** How the State reported it: a DNA result or an admission. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reported_action")
    private ClaimAction reportedAction;

    /** Where the claim stood before the report, to go back to if the VRA rejects it. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_report")
    private ClaimStatus statusBeforeReport;

    @Embedded
    private Claimant claimant;

    @Embedded
    private ClaimantWishes wishes;

    @ElementCollection
    @CollectionTable(name = "claim_child", joinColumns = @JoinColumn(name = "claim_id"))
    @OrderBy("position")
    private List<Child> children = new ArrayList<>();

    @Embedded
    private AllegedFather allegedFather;

    @Embedded
    private DnaTest dnaTest;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_kind")
    private SupportArrangement.Kind supportKind;

    @Column(name = "support_amount")
    private BigDecimal supportAmount;

    @Column(name = "support_currency", length = 3)
    private String supportCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_frequency")
    private SupportArrangement.Frequency supportFrequency;

    @Column(name = "support_starts_on")
    private LocalDate supportStartsOn;

    @Column(name = "notified_on")
    private LocalDate notifiedOn;

    @Column(name = "acknowledged_on")
    private LocalDate acknowledgedOn;

    @Column(name = "dna_result_on")
    private LocalDate dnaResultOn;

    @Column(name = "paternity_determined_on")
    private LocalDate paternityDeterminedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

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

    protected Claim() {
    }

    /** Registers a new claim; it starts RECEIVED, the UN's turn. */
    public Claim(ClaimReference reference, NewClaim details, Recording recording) {
        Objects.requireNonNull(reference);
        Objects.requireNonNull(details);
        if (details.receivedOn().isAfter(recording.today())) {
            throw new InvalidInputException("receivedOn", "the date received cannot be in the future");
        }
        this.reference = reference;
        this.receivedOn = details.receivedOn();
        this.claimType = details.claimType();
        this.mission = details.mission();
        this.allegationReference = details.allegationReference();
        this.personnelCategory = details.personnelCategory();
        this.route = personnelCategory.route();
        if (route == Route.MEMBER_STATE && details.memberState() == null) {
            throw new InvalidInputException("memberState",
                    "a claim against uniformed personnel needs the responsible Member State");
        }
        this.memberState = details.memberState();
        this.status = ClaimStatus.RECEIVED;
        this.paternityOutcome = PaternityOutcome.UNDETERMINED;
        this.claimant = new Claimant(details.claimantName(), details.claimantContact());
        this.wishes = details.wishes() == null ? new ClaimantWishes(false, null) : details.wishes();
        this.allegedFather = details.allegedFather();
        for (NewChild child : details.children()) {
            if (child.birthYear() < receivedOn.getYear() - 18 || child.birthYear() > receivedOn.getYear() + 1) {
                throw new InvalidInputException("children.birthYear",
                        "a child's year of birth must lie between 18 years before the claim and the year after");
            }
            children.add(new Child(children.size() + 1, claimant.pseudonym(), child));
        }
        this.lastEventOn = receivedOn;
        append(ClaimAction.REGISTER, receivedOn, recording, EventDetails.of()
                .with("claimType", claimType)
                .with("mission", mission)
                .with("personnelCategory", personnelCategory)
                .with("memberState", memberState));
    }

    /**
     * Rebuilds an imported claim's timeline from its milestone dates, one event per milestone on its own day,
     * recorded by the importer on behalf of the legacy register. The DNA chain of custody of such claims was
     * never recorded, so the determination is taken as the register states it.
     */
    public static Claim fromLegacy(ClaimReference reference, NewClaim details, LegacyHistory history, Actor importer) {
        Claim claim = new Claim(reference, details, legacyStep(importer, details.receivedOn()));
        claim.replay(history, importer);
        if (claim.status != history.status()) {
            throw new InvalidInputException("status", "the dates lead to " + claim.status + ", not "
                    + history.status());
        }
        return claim;
    }

    private void replay(LegacyHistory history, Actor importer) {
        if (history.notifiedOn() != null) {
            notifiedOn = history.notifiedOn();
            legacyStep(ClaimAction.NOTIFY_MEMBER_STATE, ClaimStatus.NOTIFIED, notifiedOn, importer);
        }
        if (history.acknowledgedOn() != null) {
            acknowledgedOn = history.acknowledgedOn();
            legacyStep(ClaimAction.ACKNOWLEDGE, ClaimStatus.ACKNOWLEDGED, acknowledgedOn, importer);
        }
        LocalDate determined = history.paternityDeterminedOn();
        if (determined != null) {
            paternityOutcome = history.outcome();
            dnaResultOn = determined;
            paternityDeterminedOn = history.outcome() == PaternityOutcome.INCONCLUSIVE ? null : determined;
            legacyStep(ClaimAction.RECORD_DNA_RESULT, switch (history.outcome()) {
                case ESTABLISHED -> ClaimStatus.PATERNITY_ESTABLISHED;
                case EXCLUDED -> ClaimStatus.PATERNITY_EXCLUDED;
                default -> ClaimStatus.INCONCLUSIVE;
            }, determined, importer);
        }
        ClaimStatus beforeClosure = history.status() == ClaimStatus.CLOSED ? null : history.status();
        if (beforeClosure == ClaimStatus.DNA_TESTING) {
            legacyStep(ClaimAction.START_DNA_TEST, ClaimStatus.DNA_TESTING, lastEventOn, importer);
        }
        if (history.supportArrangedOn() != null) {
            legacyStep(ClaimAction.ARRANGE_SUPPORT, ClaimStatus.SUPPORT_ARRANGED, history.supportArrangedOn(),
                    importer);
        }
        if (history.closedOn() != null) {
            statusBeforePause = status;
            closureReason = history.closureReason();
            closedOn = history.closedOn();
            legacyStep(ClaimAction.CLOSE, ClaimStatus.CLOSED, closedOn, importer);
        }
    }

    private void legacyStep(ClaimAction action, ClaimStatus next, LocalDate on, Actor importer) {
        moveTo(next);
        append(action, on, legacyStep(importer, on), EventDetails.of().with("source", "legacy import"));
    }

    private static Recording legacyStep(Actor importer, LocalDate on) {
        return new Recording(new Actor(importer.username(), importer.role(), "legacy register"),
                Clock.fixed(on.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }

    /**
     * Notifies the alleged father's State. When the claimant asked that he not be contacted, only an officer's
     * reason overrides her wish; the reason stays with the UN, on the timeline before the notification.
     */
    public void notifyMemberState(String noteVerbaleReference, LocalDate notifiedOn, String noContactOverride,
                                  Recording recording) {
        LocalDate on = check(ClaimAction.NOTIFY_MEMBER_STATE, notifiedOn, recording);
        required("noteVerbaleReference", noteVerbaleReference);
        if (wishes.noFatherContact()) {
            if (noContactOverride == null || noContactOverride.isBlank()) {
                throw new InvalidInputException("noContactOverrideReason", "the claimant asked that the alleged"
                        + " father not be contacted: notifying his State needs a reason that overrides her wish");
            }
            append(ClaimAction.OVERRIDE_NO_CONTACT_WISH, on, recording,
                    EventDetails.of().with("reason", noContactOverride.strip()));
        }
        moveTo(ClaimStatus.NOTIFIED);
        this.notifiedOn = on;
        append(ClaimAction.NOTIFY_MEMBER_STATE, on, recording,
                EventDetails.of().with("noteVerbaleReference", noteVerbaleReference));
    }

    public void acknowledge(LocalDate acknowledgedOn, String note, Recording recording) {
        LocalDate on = check(ClaimAction.ACKNOWLEDGE, acknowledgedOn, recording);
        moveTo(ClaimStatus.ACKNOWLEDGED);
        this.acknowledgedOn = on;
        append(ClaimAction.ACKNOWLEDGE, on, recording, EventDetails.of().with("note", note));
    }

    public void startDnaTest(String kitId, String laboratory, Recording recording) {
        LocalDate on = check(ClaimAction.START_DNA_TEST, null, recording);
        required("kitId", kitId);
        required("laboratory", laboratory);
        dnaTest = new DnaTest(kitId, laboratory);
        moveTo(ClaimStatus.DNA_TESTING);
        append(ClaimAction.START_DNA_TEST, on, recording,
                EventDetails.of().with("kitId", kitId).with("laboratory", laboratory));
    }

    public void recordSampleCollection(SampleCollection sample, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_SAMPLE_COLLECTION, sample.collectedOn(), recording);
        requireCurrentKit(sample.kitId());
        if (sample.subject() == null) {
            throw new InvalidInputException("subject", "subject is required: CHILD, MOTHER or ALLEGED_FATHER");
        }
        required("collectedBy", sample.collectedBy());
        required("place", sample.place());
        if (sample.identityCheck() == null) {
            throw new InvalidInputException("identityCheck", "identityCheck is required: the kind of document"
                    + " the donor proved their identity with");
        }
        required("sealNumber", sample.sealNumber());
        if (dnaTest.atLaboratory()) {
            throw new TransitionNotAllowedException("kit " + sample.kitId() + " is already at the laboratory;"
                    + " start a new test to collect again", status, allowedActions());
        }
        dnaTest.collected(sample.subject(), sample.sealNumber());
        append(ClaimAction.RECORD_SAMPLE_COLLECTION, on, recording, EventDetails.of()
                .with("kitId", sample.kitId())
                .with("subject", sample.subject())
                .with("collectedBy", sample.collectedBy())
                .with("place", sample.place())
                .with("identityCheck", sample.identityCheck())
                .with("sealNumber", sample.sealNumber()), null);
    }

    public void recordCustodyTransfer(String sealNumber, String from, String to, LocalDate transferredOn,
                                      Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_CUSTODY_TRANSFER, transferredOn, recording);
        required("sealNumber", sealNumber);
        required("from", from);
        required("to", to);
        if (dnaTest == null || !dnaTest.holdsSeal(sealNumber)) {
            throw new InvalidInputException("sealNumber", "no sample of the current kit has seal " + sealNumber);
        }
        append(ClaimAction.RECORD_CUSTODY_TRANSFER, on, recording, EventDetails.of()
                .with("kitId", dnaTest.kitId())
                .with("sealNumber", sealNumber)
                .with("from", from)
                .with("to", to), null);
    }

    public void recordLabReceipt(String kitId, String laboratory, LocalDate receivedOn, Boolean sealsIntact,
                                 Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_LAB_RECEIPT, receivedOn, recording);
        requireCurrentKit(kitId);
        required("laboratory", laboratory);
        if (sealsIntact == null) {
            throw new InvalidInputException("sealsIntact", "say whether the seals were intact");
        }
        if (!dnaTest.hasEssentialSamples()) {
            throw new TransitionNotAllowedException("kit " + kitId + " lacks the child's or the alleged father's"
                    + " sample", status, allowedActions());
        }
        dnaTest.receivedByLaboratory(on, sealsIntact);
        append(ClaimAction.RECORD_LAB_RECEIPT, on, recording, EventDetails.of()
                .with("kitId", kitId)
                .with("laboratory", laboratory)
                .with("sealsIntact", sealsIntact), null);
    }

    public void recordDnaResult(String kitId, String laboratory, LocalDate reportedOn, DnaConclusion conclusion,
                                BigDecimal probabilityOfPaternity, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_DNA_RESULT, reportedOn, recording);
        required("kitId", kitId);
        required("laboratory", laboratory);
        if (conclusion == null) {
            throw new InvalidInputException("conclusion", "conclusion is required");
        }
        requireCurrentKit(kitId);
        if (!dnaTest.readyForResult()) {
            throw new TransitionNotAllowedException("a DNA result needs the child's and the alleged father's"
                    + " samples collected and the laboratory's receipt of kit " + kitId + " with seals intact",
                    status, allowedActions());
        }
        if (probabilityOfPaternity != null && (probabilityOfPaternity.signum() < 0
                || probabilityOfPaternity.compareTo(new BigDecimal("100")) > 0)) {
            throw new InvalidInputException("probabilityOfPaternity", "a probability lies between 0 and 100");
        }
        boolean established = conclusion == DnaConclusion.INCLUSION && probabilityOfPaternity != null
                && probabilityOfPaternity.compareTo(PATERNITY_THRESHOLD) >= 0;
        PaternityOutcome outcome = established ? PaternityOutcome.ESTABLISHED
                : conclusion == DnaConclusion.EXCLUSION ? PaternityOutcome.EXCLUDED : PaternityOutcome.INCONCLUSIVE;
        EventDetails details = EventDetails.of()
                .with("kitId", kitId)
                .with("laboratory", laboratory)
                .with("conclusion", conclusion)
                .with("probabilityOfPaternity", probabilityOfPaternity);
        if (recording.actor().isMemberState()) {
            report(ClaimAction.RECORD_DNA_RESULT, outcome, on, recording, details);
        } else {
            takeEffect(outcome, on, true);
            append(ClaimAction.RECORD_DNA_RESULT, on, recording, details);
        }
    }

    public void recordAdmission(LocalDate admittedOn, String evidence, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_ADMISSION, admittedOn, recording);
        required("evidence", evidence);
        EventDetails details = EventDetails.of().with("evidence", evidence);
        if (recording.actor().isMemberState()) {
            report(ClaimAction.RECORD_ADMISSION, PaternityOutcome.ESTABLISHED, on, recording, details);
        } else {
            takeEffect(PaternityOutcome.ESTABLISHED, on, false);
            append(ClaimAction.RECORD_ADMISSION, on, recording, details);
        }
    }

    /**
     * The VRA confirms the outcome the State reported: it takes effect today, the day of the confirmation, and
     * only then do the measures count it.
     */
    public void confirmOutcome(Recording recording) {
        LocalDate on = check(ClaimAction.CONFIRM_OUTCOME, null, recording);
        PaternityOutcome outcome = reportedOutcome;
        takeEffect(outcome, on, reportedAction == ClaimAction.RECORD_DNA_RESULT);
        clearReport();
        append(ClaimAction.CONFIRM_OUTCOME, on, recording, EventDetails.of().with("outcome", outcome));
    }

    /** The VRA rejects the outcome the State reported, with a reason: the claim goes back to where it was. */
    public void rejectOutcome(String reason, Recording recording) {
        LocalDate on = check(ClaimAction.REJECT_OUTCOME, null, recording);
        required("reason", reason);
        PaternityOutcome outcome = reportedOutcome;
        moveTo(statusBeforeReport);
        clearReport();
        append(ClaimAction.REJECT_OUTCOME, on, recording,
                EventDetails.of().with("outcome", outcome).with("reason", reason));
    }

    /** A State's report of an outcome: the claim waits for the VRA, its outcome unchanged until confirmed. */
    private void report(ClaimAction action, PaternityOutcome outcome, LocalDate on, Recording recording,
                        EventDetails details) {
        reportedOutcome = outcome;
        reportedAction = action;
        statusBeforeReport = status;
        moveTo(ClaimStatus.OUTCOME_REPORTED);
        append(action, on, recording, details);
    }

    private void clearReport() {
        reportedOutcome = null;
        reportedAction = null;
        statusBeforeReport = null;
    }

    private void takeEffect(PaternityOutcome outcome, LocalDate on, boolean fromDnaResult) {
        if (fromDnaResult && dnaResultOn == null) {
            dnaResultOn = on;
        }
        paternityOutcome = outcome;
        switch (outcome) {
            case ESTABLISHED -> {
                paternityDeterminedOn = on;
                moveTo(ClaimStatus.PATERNITY_ESTABLISHED);
            }
            case EXCLUDED -> {
                paternityDeterminedOn = on;
                moveTo(ClaimStatus.PATERNITY_EXCLUDED);
            }
            default -> moveTo(ClaimStatus.INCONCLUSIVE);
        }
    }

    public void arrangeSupport(SupportArrangement arrangement, Recording recording) {
        LocalDate on = check(ClaimAction.ARRANGE_SUPPORT, null, recording);
        Objects.requireNonNull(arrangement);
        supportKind = arrangement.kind();
        supportAmount = arrangement.amount().amount();
        supportCurrency = arrangement.amount().currency();
        supportFrequency = arrangement.frequency();
        supportStartsOn = arrangement.startsOn();
        moveTo(ClaimStatus.SUPPORT_ARRANGED);
        append(ClaimAction.ARRANGE_SUPPORT, on, recording, EventDetails.of()
                .with("kind", arrangement.kind())
                .with("amount", arrangement.amount().amount())
                .with("currency", arrangement.amount().currency())
                .with("frequency", arrangement.frequency())
                .with("startsOn", arrangement.startsOn()));
    }

    public void recordPayment(Money amount, LocalDate paidOn, String payer, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_PAYMENT, paidOn, recording);
        if (!amount.currency().equals(supportCurrency)) {
            throw new InvalidInputException("currency", "payments are recorded in the support's currency, "
                    + supportCurrency);
        }
        append(ClaimAction.RECORD_PAYMENT, on, recording, EventDetails.of().with("payer", payer), amount);
    }

    public void recordInterimAssistance(Money amount, LocalDate paidOn, String source, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_INTERIM_ASSISTANCE, paidOn, recording);
        required("source", source);
        append(ClaimAction.RECORD_INTERIM_ASSISTANCE, on, recording, EventDetails.of().with("source", source), amount);
    }

    public void recordWithheldReimbursement(Money amount, LocalDate withheldOn, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT, withheldOn, recording);
        append(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT, on, recording, EventDetails.of(), amount);
    }

    public void releaseWithheldReimbursement(Money amount, LocalDate releasedOn, Recording recording) {
        LocalDate on = check(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT, releasedOn, recording);
        BigDecimal balance = withheldBalance(amount.currency());
        if (amount.amount().compareTo(balance) > 0) {
            throw new InvalidInputException("amount", "only " + balance + " " + amount.currency()
                    + " is withheld on this claim");
        }
        append(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT, on, recording, EventDetails.of(), amount);
    }

    /** What is still withheld from the contributing State in a currency: withheld less released. */
    public BigDecimal withheldBalance(String currency) {
        return total(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT, currency)
                .subtract(total(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT, currency));
    }

    /** Every sum of money recorded on the claim, by kind of event and currency, in the order first recorded. */
    public List<MoneyTotal> moneyTotals() {
        Map<String, MoneyTotal> totals = new LinkedHashMap<>();
        for (ClaimEvent event : events) {
            if (event.amount() != null) {
                totals.merge(event.action() + " " + event.currency(),
                        new MoneyTotal(event.action(), new Money(event.amount(), event.currency())), MoneyTotal::plus);
            }
        }
        return List.copyOf(totals.values());
    }

    /** The sum of the amounts of one kind of event in one currency. */
    public BigDecimal total(ClaimAction action, String currency) {
        return events.stream()
                .filter(event -> event.action() == action && currency.equals(event.currency()))
                .map(ClaimEvent::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void putOnHold(String reason, Recording recording) {
        LocalDate on = check(ClaimAction.PUT_ON_HOLD, null, recording);
        required("reason", reason);
        statusBeforePause = status;
        moveTo(ClaimStatus.ON_HOLD);
        append(ClaimAction.PUT_ON_HOLD, on, recording, EventDetails.of().with("reason", reason));
    }

    public void resume(Recording recording) {
        LocalDate on = check(ClaimAction.RESUME, null, recording);
        moveTo(statusBeforePause);
        statusBeforePause = null;
        append(ClaimAction.RESUME, on, recording, EventDetails.of());
    }

    public void close(ClosureReason reason, String note, Recording recording) {
        LocalDate on = check(ClaimAction.CLOSE, null, recording);
        if (reason == null) {
            throw new InvalidInputException("reason", "a closure reason is required");
        }
        ClaimStatus from = status == ClaimStatus.ON_HOLD ? statusBeforePause : status;
        if (!Lifecycle.closureFits(reason, from, claimType)) {
            throw new TransitionNotAllowedException("a claim in " + from + " cannot be closed as " + reason,
                    status, allowedActions());
        }
        statusBeforePause = from;
        closureReason = reason;
        closedOn = on;
        moveTo(ClaimStatus.CLOSED);
        append(ClaimAction.CLOSE, on, recording, EventDetails.of().with("reason", reason).with("note", note));
    }

    public void reopen(String reason, Recording recording) {
        LocalDate on = check(ClaimAction.REOPEN, null, recording);
        required("reason", reason);
        closureReason = null;
        closedOn = null;
        moveTo(statusBeforePause);
        statusBeforePause = null;
        append(ClaimAction.REOPEN, on, recording, EventDetails.of().with("reason", reason));
    }

    /** A comment: a State's is shared; the UN's stays with the UN unless the officer shares it. */
    public void addComment(String text, boolean sharedWithMemberState, Recording recording) {
        LocalDate on = check(ClaimAction.ADD_COMMENT, null, recording);
        required("text", text);
        append(ClaimAction.ADD_COMMENT, on, recording, EventDetails.of().with("text", text), null,
                Audience.chosen(recording.actor(), sharedWithMemberState));
    }

    /** Records on the timeline that a document was attached; the document itself is stored beside the claim. */
    public void addDocument(String fileName, String mediaType, long size, String sha256, Audience audience,
                            Recording recording) {
        LocalDate on = check(ClaimAction.ADD_DOCUMENT, null, recording);
        required("fileName", fileName);
        required("sha256", sha256);
        append(ClaimAction.ADD_DOCUMENT, on, recording, EventDetails.of()
                .with("fileName", fileName)
                .with("mediaType", mediaType)
                .with("size", size)
                .with("sha256", sha256), null, audience);
    }

    /** The actions this claim allows now. */
    public Set<ClaimAction> allowedActions() {
        return Lifecycle.allowed(route, status);
    }

    public WhoseTurn whoseTurn() {
        return status.whoseTurn(route);
    }

    private LocalDate check(ClaimAction action, LocalDate requested, Recording recording) {
        if (!allowedActions().contains(action)) {
            throw new TransitionNotAllowedException(
                    action + " is not allowed on a claim in " + status + "; allowed: " + allowedActions(),
                    status, allowedActions());
        }
        LocalDate on = requested == null ? recording.today() : requested;
        if (on.isAfter(recording.today())) {
            throw new InvalidInputException("date", "the date cannot be in the future");
        }
        if (on.isBefore(lastEventOn)) {
            throw new InvalidInputException("date",
                    "the date cannot be before the claim's previous event (" + lastEventOn + ")");
        }
        return on;
    }

    private static void required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
    }

    private void requireCurrentKit(String kitId) {
        required("kitId", kitId);
        if (dnaTest == null || !dnaTest.isKit(kitId)) {
            throw new InvalidInputException("kitId", "kit " + kitId + " is not the claim's current DNA kit"
                    + (dnaTest == null ? "" : " (" + dnaTest.kitId() + ")"));
        }
    }

    private void moveTo(ClaimStatus next) {
        status = Objects.requireNonNull(next);
    }

    private void append(ClaimAction action, LocalDate on, Recording recording, EventDetails details) {
        append(action, on, recording, details, null);
    }

    private void append(ClaimAction action, LocalDate on, Recording recording, EventDetails details, Money money) {
        append(action, on, recording, details, money, Audience.byDefault(action, recording.actor()));
    }

    /**
     * Adds the event and, when the status or the outcome changed, ends the current state period on that day
     * and opens the next, so the periods always mirror the timeline. A new next step starts its own clock on
     * the event's day; a step that stays (samples after the kit was sent) keeps the day it started.
     */
    private void append(ClaimAction action, LocalDate on, Recording recording, EventDetails details, Money money,
                        Audience audience) {
        events.add(new ClaimEvent(this, events.size() + 1, action, on, recording, status, details.toJson(), money,
                audience));
        ClaimStatePeriod current = periods.stream().filter(ClaimStatePeriod::isOpen).findFirst().orElse(null);
        if (current == null || !current.describes(status, paternityOutcome)) {
            if (current != null) {
                current.endOn(on);
            }
            periods.add(new ClaimStatePeriod(this, on));
        }
        NextStep step = NextStep.of(status, route, claimType, dnaTest);
        if (step != nextStep) {
            nextStep = step;
            nextStepSince = step == null ? null : on;
        }
        lastEventOn = on;
        updatedAt = recording.now();
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

    public ClaimType claimType() {
        return claimType;
    }

    public String mission() {
        return mission;
    }

    public String allegationReference() {
        return allegationReference;
    }

    public PersonnelCategory personnelCategory() {
        return personnelCategory;
    }

    public Route route() {
        return route;
    }

    public String memberState() {
        return memberState;
    }

    public ClaimStatus status() {
        return status;
    }

    public PaternityOutcome paternityOutcome() {
        return paternityOutcome;
    }

    public ClosureReason closureReason() {
        return closureReason;
    }

    /** The outcome a State reported that waits for the VRA's confirmation, if any. */
    public Optional<PaternityOutcome> reportedOutcome() {
        return Optional.ofNullable(reportedOutcome);
    }

    public String claimantPseudonym() {
        return claimant.pseudonym();
    }

    public Claimant claimant() {
        return claimant;
    }

    public ClaimantWishes wishes() {
        return wishes;
    }

    public List<Child> children() {
        return Collections.unmodifiableList(children);
    }

    public Optional<AllegedFather> allegedFather() {
        return Optional.ofNullable(allegedFather);
    }

    public Optional<DnaTest> dnaTest() {
        return Optional.ofNullable(dnaTest).filter(test -> test.kitId() != null);
    }

    public Optional<SupportArrangement> supportArrangement() {
        return supportKind == null ? Optional.empty() : Optional.of(new SupportArrangement(supportKind,
                new Money(supportAmount, supportCurrency), supportFrequency, supportStartsOn));
    }

    public LocalDate notifiedOn() {
        return notifiedOn;
    }

    public LocalDate acknowledgedOn() {
        return acknowledgedOn;
    }

    public LocalDate dnaResultOn() {
        return dnaResultOn;
    }

    public LocalDate paternityDeterminedOn() {
        return paternityDeterminedOn;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    /** The claim's clocks on a date, from its timeline. */
    /** The clocks from the state periods, which change exactly when whose turn it is can change. */
    public ClaimClocks clocks(LocalDate asOf) {
        return ClaimClocks.of(route, periods.stream()
                .map(period -> new ClaimClocks.Step(period.validFrom(), period.status()))
                .toList(), asOf);
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

    public LocalDate lastEventOn() {
        return lastEventOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ClaimEvent> events() {
        return Collections.unmodifiableList(events);
    }
}
