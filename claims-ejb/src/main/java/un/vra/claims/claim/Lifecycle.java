package un.vra.claims.claim;

import static un.vra.claims.claim.ClaimAction.*;
import static un.vra.claims.claim.ClaimStatus.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import un.vra.claims.claim.ClaimCommand.*;

/**
 * The claim's lifecycle as one table (DOMAIN.md, "Lifecycle"): one row per action on an existing claim, naming
 * the states it is allowed from on each route, the state it leads to, which party may take it, the record of its
 * input and the claim's method that applies it, whether its event is shared with the State by default, and the
 * next step whose clock runs while a claim waits for it. Everything else derives from the rows: the guard of every
 * action, the roles' rights, the API's binding, the dialogs' fields and the claim's next step.
 * The two events that are no action of their own (the registration, and the override recorded with a
 * notification) have no row.
 */
public final class Lifecycle {

    private static final Set<ClaimStatus> EVERY = EnumSet.allOf(ClaimStatus.class);
    private static final Set<ClaimStatus> OPEN = EnumSet.complementOf(EnumSet.of(CLOSED));
    private static final Set<ClaimStatus> ACTIVE = EnumSet.complementOf(EnumSet.of(ON_HOLD, CLOSED));
    /** A State's claim from its notification while it stays unresolved and active: what para 55 withholds for. */
    private static final ClaimStatus[] PENDING_WITH_STATE = {
        NOTIFIED,
        ACKNOWLEDGED,
        DNA_TESTING,
        OUTCOME_REPORTED,
        INCONCLUSIVE,
        PATERNITY_EXCLUDED,
        PATERNITY_ESTABLISHED,
        SUPPORT_ARRANGED
    };

    private static final Map<ClaimAction, LifecycleRow<?>> ROWS = new EnumMap<>(ClaimAction.class);

    static {
        add(LifecycleRow.of(NOTIFY_MEMBER_STATE, NotifyMemberState.class, Claim::notifyMemberState)
                .from(Route.MEMBER_STATE, RECEIVED)
                .to(NOTIFIED)
                .by(Party.UN)
                .dated(NotifyMemberState::notifiedOn)
                .shared()
                .awaited(NextStep.NOTIFY_MEMBER_STATE, Route.MEMBER_STATE, RECEIVED));
        add(LifecycleRow.of(ACKNOWLEDGE, Acknowledge.class, Claim::acknowledge)
                .from(Route.MEMBER_STATE, NOTIFIED)
                .to(ACKNOWLEDGED)
                .byBoth()
                .dated(Acknowledge::acknowledgedOn)
                .shared()
                .awaited(NextStep.ACKNOWLEDGE, NOTIFIED));
        add(LifecycleRow.of(START_DNA_TEST, StartDnaTest.class, Claim::startDnaTest)
                .from(Route.UN, RECEIVED)
                .from(Route.MEMBER_STATE, ACKNOWLEDGED)
                .from(DNA_TESTING, INCONCLUSIVE, PATERNITY_EXCLUDED)
                .to(DNA_TESTING)
                .byBoth()
                .shared()
                .awaited(NextStep.START_DNA_TEST, Route.UN, RECEIVED)
                .awaited(NextStep.START_RETEST, INCONCLUSIVE)
                .awaited(NextStep.COLLECT_SAMPLES, ACKNOWLEDGED));
        add(LifecycleRow.of(RECORD_SAMPLE_COLLECTION, RecordSampleCollection.class, Claim::recordSampleCollection)
                .from(DNA_TESTING)
                .staying()
                .byBoth()
                .dated(RecordSampleCollection::collectedOn)
                .shared()
                .awaitedUnless(NextStep.COLLECT_SAMPLES, Claim::hasEssentialSamples, DNA_TESTING));
        add(LifecycleRow.of(RECORD_CUSTODY_TRANSFER, RecordCustodyTransfer.class, Claim::recordCustodyTransfer)
                .from(DNA_TESTING)
                .staying()
                .byBoth()
                .dated(RecordCustodyTransfer::transferredOn)
                .shared());
        add(LifecycleRow.of(RECORD_LAB_RECEIPT, RecordLabReceipt.class, Claim::recordLabReceipt)
                .from(DNA_TESTING)
                .staying()
                .byBoth()
                .dated(RecordLabReceipt::receivedOn)
                .shared());
        add(LifecycleRow.of(RECORD_DNA_RESULT, RecordDnaResult.class, Claim::recordDnaResult)
                .from(DNA_TESTING)
                .to((claim, in, by) -> reportedOr(by, in.outcome()))
                .byBoth()
                .dated(RecordDnaResult::reportedOn)
                .shared()
                .awaitedIf(NextStep.RECORD_DNA_RESULT, Claim::hasEssentialSamples, DNA_TESTING));
        add(LifecycleRow.of(RECORD_ADMISSION, RecordAdmission.class, Claim::recordAdmission)
                .from(Route.UN, RECEIVED)
                .from(Route.MEMBER_STATE, ACKNOWLEDGED)
                .to((claim, in, by) -> reportedOr(by, PaternityOutcome.ESTABLISHED))
                .byBoth()
                .dated(RecordAdmission::admittedOn)
                .shared());
        add(LifecycleRow.of(CONFIRM_OUTCOME, ConfirmOutcome.class, Claim::confirmOutcome)
                .from(OUTCOME_REPORTED)
                .to((claim, in, by) -> claim.reportedOutcome().orElseThrow().status())
                .by(Party.UN)
                .shared()
                .awaited(NextStep.CONFIRM_OUTCOME, OUTCOME_REPORTED));
        add(LifecycleRow.of(REJECT_OUTCOME, RejectOutcome.class, Claim::rejectOutcome)
                .from(OUTCOME_REPORTED)
                .to((claim, in, by) -> claim.statusBeforeReport())
                .by(Party.UN)
                .shared());
        add(LifecycleRow.of(ARRANGE_SUPPORT, ArrangeSupport.class, Claim::arrangeSupport)
                .from(PATERNITY_ESTABLISHED)
                .to(SUPPORT_ARRANGED)
                .byBoth()
                .dated(ArrangeSupport::arrangedOn)
                .shared()
                .awaitedIf(NextStep.ARRANGE_SUPPORT, Claim::needsSupport, PATERNITY_ESTABLISHED));
        add(LifecycleRow.of(RECORD_PAYMENT, RecordPayment.class, Claim::recordPayment)
                .from(SUPPORT_ARRANGED)
                .fromWhile(ClaimActions::supportGoesOn, CLOSED)
                .staying()
                .byBoth()
                .dated(RecordPayment::paidOn)
                .shared()
                .awaitedIf(NextStep.RECORD_PAYMENT, Claim::awaitsPaymentWhileArranged, SUPPORT_ARRANGED)
                .awaitedIf(NextStep.RECORD_PAYMENT, Claim::awaitsPayment, CLOSED));
        add(LifecycleRow.of(
                        REVISE_SUPPORT,
                        ReviseSupport.class,
                        (claim, in, on, recording) -> claim.support().revise(in))
                .from(SUPPORT_ARRANGED)
                .fromWhile(ClaimActions::supportGoesOn, CLOSED)
                .staying()
                .byBoth()
                .shared());
        add(LifecycleRow.of(
                        TERMINATE_SUPPORT,
                        TerminateSupport.class,
                        (claim, in, on, recording) -> claim.support().terminate(in, on))
                .from(SUPPORT_ARRANGED)
                .fromWhile(ClaimActions::supportGoesOn, CLOSED)
                .staying()
                .byBoth()
                .dated(TerminateSupport::terminatedOn)
                .shared());
        add(LifecycleRow.of(RECORD_INTERIM_ASSISTANCE, RecordInterimAssistance.class, Claim::recordInterimAssistance)
                .from(OPEN)
                .staying()
                .by(Party.UN)
                .dated(RecordInterimAssistance::paidOn));
        add(LifecycleRow.of(
                        RECORD_WITHHELD_REIMBURSEMENT,
                        RecordWithheldReimbursement.class,
                        Claim::recordWithheldReimbursement)
                .from(Route.MEMBER_STATE, PENDING_WITH_STATE)
                .staying()
                .by(Party.UN)
                .dated(RecordWithheldReimbursement::on));
        add(LifecycleRow.of(
                        RELEASE_WITHHELD_REIMBURSEMENT,
                        ReleaseWithheldReimbursement.class,
                        Claim::releaseWithheldReimbursement)
                .from(Route.MEMBER_STATE, PENDING_WITH_STATE)
                .fromWhile(claim -> claim.ledger().withholdsAny(), CLOSED)
                .staying()
                .by(Party.UN)
                .dated(ReleaseWithheldReimbursement::on));
        add(LifecycleRow.of(PUT_ON_HOLD, PutOnHold.class, Claim::putOnHold)
                .from(ACTIVE)
                .to(ON_HOLD)
                .by(Party.UN));
        add(LifecycleRow.of(RESUME, Resume.class, Claim::resume)
                .from(ON_HOLD)
                .to((claim, in, by) -> claim.statusBeforePause())
                .by(Party.UN)
                .awaited(NextStep.RESUME, ON_HOLD));
        add(LifecycleRow.of(CLOSE, Close.class, Claim::close)
                .from(OPEN)
                .to(CLOSED)
                .by(Party.UN)
                .awaited(NextStep.CLOSE, PATERNITY_EXCLUDED)
                .awaitedUnless(NextStep.CLOSE, Claim::needsSupport, PATERNITY_ESTABLISHED));
        add(LifecycleRow.of(REOPEN, Reopen.class, Claim::reopen)
                .from(CLOSED)
                .to((claim, in, by) -> claim.statusBeforePause())
                .by(Party.UN));
        add(LifecycleRow.of(ADD_COMMENT, AddComment.class, Claim::addComment)
                .from(EVERY)
                .staying()
                .byBoth());
        add(LifecycleRow.of(ADD_DOCUMENT, AddDocument.class, Claim::addDocument)
                .from(EVERY)
                .staying()
                .byBoth()
                .withItsOwnUpload());
    }

    private Lifecycle() {}

    private static void add(LifecycleRow<?> row) {
        ROWS.put(row.action(), row);
    }

    /** What an outcome leads to: a State's report waits for the VRA; the UN's word takes effect. */
    private static ClaimStatus reportedOr(Actor by, PaternityOutcome outcome) {
        return by.isMemberState() ? OUTCOME_REPORTED : outcome.status();
    }

    /** The row of an action on an existing claim; none for the registration and the no-contact override. */
    public static Optional<LifecycleRow<?>> row(ClaimAction action) {
        return Optional.ofNullable(ROWS.get(action));
    }

    /** Every row, in the order the actions are declared. */
    public static Iterable<LifecycleRow<?>> rows() {
        return Collections.unmodifiableCollection(ROWS.values());
    }

    /** The row whose input this is: each input record belongs to exactly one action. */
    public static LifecycleRow<?> rowOf(ClaimCommand input) {
        return ROWS.values().stream()
                .filter(row -> row.input() == input.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(input.getClass() + " is no action's input"));
    }

    /**
     * Whether the action is taken through the action endpoint and the claim file's dialog with its input record,
     * as opposed to the registration, the override recorded with a notification, and documents (their upload).
     */
    public static boolean takenAsCommand(ClaimAction action) {
        return row(action).filter(LifecycleRow::takenAsCommand).isPresent();
    }

    /**
     * The actions a claim allows as it stands, in the order the enum declares them: those of its state on its route,
     * and those a closed claim still allows while its support goes on.
     */
    static Set<ClaimAction> allowed(ClaimActions claim) {
        Set<ClaimAction> allowed = EnumSet.noneOf(ClaimAction.class);
        ROWS.values().stream().filter(row -> row.allows(claim)).forEach(row -> allowed.add(row.action()));
        return Collections.unmodifiableSet(allowed);
    }

    /** The actions allowed in a state on a route, in the order the enum declares them. */
    public static Set<ClaimAction> allowed(Route route, ClaimStatus status) {
        Set<ClaimAction> allowed = EnumSet.noneOf(ClaimAction.class);
        ROWS.values().stream()
                .filter(row -> row.allowedFrom(route).contains(status))
                .forEach(row -> allowed.add(row.action()));
        return Collections.unmodifiableSet(allowed);
    }

    /** Whether a party may take an action at all, whatever the state. */
    public static boolean mayTake(Party party, ClaimAction action) {
        return row(action).filter(row -> row.takenBy().contains(party)).isPresent();
    }

    /** Whether an action's event reaches the State unless its author says otherwise; the registration does. */
    public static boolean sharedByDefault(ClaimAction action) {
        return action == REGISTER || row(action).filter(LifecycleRow::isShared).isPresent();
    }

    /**
     * What a claim waits for now: the step of the one row awaited in its state; when closed, nothing but the
     * payments of support that goes on after a resolution.
     */
    static Optional<NextStep> awaited(Claim claim) {
        return ROWS.values().stream()
                .map(row -> row.awaitedStep(claim))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Whether a closure reason fits the state the claim is in (no "resolved" without support, and so on). */
    public static boolean closureFits(ClosureReason reason, ClaimStatus status, ClaimType type) {
        return switch (reason) {
            case RESOLVED -> status == SUPPORT_ARRANGED || (status == PATERNITY_ESTABLISHED && !type.needsSupport());
            case PATERNITY_EXCLUDED -> status == ClaimStatus.PATERNITY_EXCLUDED;
            default -> true;
        };
    }
}
