package un.vra.claims.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import un.vra.claims.shared.InvalidInputException;

/**
 * A paternity and/or child-support claim: the aggregate root. Every change goes through an action method
 * that checks the {@link Lifecycle}, moves the status and appends an event to the timeline in the same
 * transaction. Nothing outside changes the status.
 */
@Entity
@Table(name = "claim")
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

    @Column(name = "claimant_pseudonym", nullable = false, unique = true)
    private String claimantPseudonym;

    @Column(name = "last_event_on", nullable = false)
    private LocalDate lastEventOn;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ClaimEvent> events = new ArrayList<>();

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
        this.claimantPseudonym = Pseudonym.next();
        this.lastEventOn = receivedOn;
        append(ClaimAction.REGISTER, receivedOn, recording, EventDetails.of()
                .with("claimType", claimType)
                .with("mission", mission)
                .with("personnelCategory", personnelCategory)
                .with("memberState", memberState));
    }

    public void notifyMemberState(String noteVerbaleReference, LocalDate notifiedOn, Recording recording) {
        LocalDate on = check(ClaimAction.NOTIFY_MEMBER_STATE, notifiedOn, recording);
        required("noteVerbaleReference", noteVerbaleReference);
        moveTo(ClaimStatus.NOTIFIED);
        append(ClaimAction.NOTIFY_MEMBER_STATE, on, recording,
                EventDetails.of().with("noteVerbaleReference", noteVerbaleReference));
    }

    public void acknowledge(LocalDate acknowledgedOn, String note, Recording recording) {
        LocalDate on = check(ClaimAction.ACKNOWLEDGE, acknowledgedOn, recording);
        moveTo(ClaimStatus.ACKNOWLEDGED);
        append(ClaimAction.ACKNOWLEDGE, on, recording, EventDetails.of().with("note", note));
    }

    public void startDnaTest(String kitId, String laboratory, Recording recording) {
        LocalDate on = check(ClaimAction.START_DNA_TEST, null, recording);
        required("kitId", kitId);
        required("laboratory", laboratory);
        moveTo(ClaimStatus.DNA_TESTING);
        append(ClaimAction.START_DNA_TEST, on, recording,
                EventDetails.of().with("kitId", kitId).with("laboratory", laboratory));
    }

    public void recordDnaResult(String kitId, String laboratory, LocalDate reportedOn, DnaConclusion conclusion,
                                BigDecimal probabilityOfPaternity, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_DNA_RESULT, reportedOn, recording);
        required("kitId", kitId);
        required("laboratory", laboratory);
        if (conclusion == null) {
            throw new InvalidInputException("conclusion", "conclusion is required");
        }
        if (probabilityOfPaternity != null && (probabilityOfPaternity.signum() < 0
                || probabilityOfPaternity.compareTo(new BigDecimal("100")) > 0)) {
            throw new InvalidInputException("probabilityOfPaternity", "a probability lies between 0 and 100");
        }
        boolean established = conclusion == DnaConclusion.INCLUSION && probabilityOfPaternity != null
                && probabilityOfPaternity.compareTo(PATERNITY_THRESHOLD) >= 0;
        if (established) {
            paternityOutcome = PaternityOutcome.ESTABLISHED;
            moveTo(ClaimStatus.PATERNITY_ESTABLISHED);
        } else if (conclusion == DnaConclusion.EXCLUSION) {
            paternityOutcome = PaternityOutcome.EXCLUDED;
            moveTo(ClaimStatus.PATERNITY_EXCLUDED);
        } else {
            paternityOutcome = PaternityOutcome.INCONCLUSIVE;
            moveTo(ClaimStatus.INCONCLUSIVE);
        }
        append(ClaimAction.RECORD_DNA_RESULT, on, recording, EventDetails.of()
                .with("kitId", kitId)
                .with("laboratory", laboratory)
                .with("conclusion", conclusion)
                .with("probabilityOfPaternity", probabilityOfPaternity));
    }

    public void recordAdmission(LocalDate admittedOn, String evidence, Recording recording) {
        LocalDate on = check(ClaimAction.RECORD_ADMISSION, admittedOn, recording);
        required("evidence", evidence);
        paternityOutcome = PaternityOutcome.ESTABLISHED;
        moveTo(ClaimStatus.PATERNITY_ESTABLISHED);
        append(ClaimAction.RECORD_ADMISSION, on, recording, EventDetails.of().with("evidence", evidence));
    }

    public void arrangeSupport(SupportArrangement arrangement, Recording recording) {
        LocalDate on = check(ClaimAction.ARRANGE_SUPPORT, null, recording);
        Objects.requireNonNull(arrangement);
        moveTo(ClaimStatus.SUPPORT_ARRANGED);
        append(ClaimAction.ARRANGE_SUPPORT, on, recording, EventDetails.of()
                .with("kind", arrangement.kind())
                .with("amount", arrangement.amount().amount())
                .with("currency", arrangement.amount().currency())
                .with("frequency", arrangement.frequency())
                .with("startsOn", arrangement.startsOn()));
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
        moveTo(ClaimStatus.CLOSED);
        append(ClaimAction.CLOSE, on, recording, EventDetails.of().with("reason", reason).with("note", note));
    }

    public void reopen(String reason, Recording recording) {
        LocalDate on = check(ClaimAction.REOPEN, null, recording);
        required("reason", reason);
        closureReason = null;
        moveTo(statusBeforePause);
        statusBeforePause = null;
        append(ClaimAction.REOPEN, on, recording, EventDetails.of().with("reason", reason));
    }

    public void addComment(String text, Recording recording) {
        LocalDate on = check(ClaimAction.ADD_COMMENT, null, recording);
        required("text", text);
        append(ClaimAction.ADD_COMMENT, on, recording, EventDetails.of().with("text", text));
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

    private void moveTo(ClaimStatus next) {
        status = Objects.requireNonNull(next);
    }

    private void append(ClaimAction action, LocalDate on, Recording recording, EventDetails details) {
        events.add(new ClaimEvent(this, action, on, recording.now(), recording.actor(), status, details.toJson()));
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

    public String claimantPseudonym() {
        return claimantPseudonym;
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
