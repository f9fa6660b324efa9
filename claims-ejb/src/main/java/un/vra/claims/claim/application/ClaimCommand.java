package un.vra.claims.claim.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.DnaConclusion;
import un.vra.claims.claim.DnaSubject;
import un.vra.claims.claim.IdentityDocument;
import un.vra.claims.claim.Money;
import un.vra.claims.claim.Recording;
import un.vra.claims.claim.SampleCollection;
import un.vra.claims.claim.SupportArrangement;

/**
 * One action on a claim with its input, exactly as the API receives it ({@code POST .../actions/{ACTION}}).
 * Each command knows its action and applies itself through the claim's own method; the claim guards.
 * Omitted dates mean today.
 */
public sealed interface ClaimCommand {

    int TEXT = 2000;
    int NAME = 200;

    ClaimAction action();

    void applyTo(Claim claim, Recording recording);

    /** The command type that carries an action's input. */
    static Class<? extends ClaimCommand> typeOf(ClaimAction action) {
        Class<? extends ClaimCommand> type = TYPES.get(action);
        if (type == null) {
            throw new IllegalArgumentException(action + " is not an action on an existing claim");
        }
        return type;
    }

    Map<ClaimAction, Class<? extends ClaimCommand>> TYPES = Map.ofEntries(
            Map.entry(ClaimAction.NOTIFY_MEMBER_STATE, NotifyMemberState.class),
            Map.entry(ClaimAction.ACKNOWLEDGE, Acknowledge.class),
            Map.entry(ClaimAction.START_DNA_TEST, StartDnaTest.class),
            Map.entry(ClaimAction.RECORD_SAMPLE_COLLECTION, RecordSampleCollection.class),
            Map.entry(ClaimAction.RECORD_CUSTODY_TRANSFER, RecordCustodyTransfer.class),
            Map.entry(ClaimAction.RECORD_LAB_RECEIPT, RecordLabReceipt.class),
            Map.entry(ClaimAction.RECORD_DNA_RESULT, RecordDnaResult.class),
            Map.entry(ClaimAction.RECORD_ADMISSION, RecordAdmission.class),
            Map.entry(ClaimAction.CONFIRM_OUTCOME, ConfirmOutcome.class),
            Map.entry(ClaimAction.REJECT_OUTCOME, RejectOutcome.class),
            Map.entry(ClaimAction.ARRANGE_SUPPORT, ArrangeSupport.class),
            Map.entry(ClaimAction.RECORD_PAYMENT, RecordPayment.class),
            Map.entry(ClaimAction.RECORD_INTERIM_ASSISTANCE, RecordInterimAssistance.class),
            Map.entry(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT, RecordWithheldReimbursement.class),
            Map.entry(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT, ReleaseWithheldReimbursement.class),
            Map.entry(ClaimAction.PUT_ON_HOLD, PutOnHold.class),
            Map.entry(ClaimAction.RESUME, Resume.class),
            Map.entry(ClaimAction.CLOSE, Close.class),
            Map.entry(ClaimAction.REOPEN, Reopen.class),
            Map.entry(ClaimAction.ADD_COMMENT, AddComment.class));

    /** {@code noContactOverrideReason} is required only when the claimant asked that the father not be contacted. */
    record NotifyMemberState(@NotBlank @Size(max = NAME) String noteVerbaleReference,
                             @PastOrPresent LocalDate notifiedOn, @Size(max = TEXT) String noContactOverrideReason)
            implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.NOTIFY_MEMBER_STATE;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.notifyMemberState(noteVerbaleReference, notifiedOn, noContactOverrideReason, recording);
        }
    }

    record Acknowledge(@PastOrPresent LocalDate acknowledgedOn, @Size(max = TEXT) String note) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.ACKNOWLEDGE;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.acknowledge(acknowledgedOn, note, recording);
        }
    }

    record StartDnaTest(@NotBlank @Size(max = 60) String kitId, @NotBlank @Size(max = NAME) String laboratory)
            implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.START_DNA_TEST;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.startDnaTest(kitId, laboratory, recording);
        }
    }

    record RecordSampleCollection(@NotBlank @Size(max = 60) String kitId, @NotNull DnaSubject subject,
                                  @PastOrPresent LocalDate collectedOn, @NotBlank @Size(max = NAME) String collectedBy,
                                  @NotBlank @Size(max = NAME) String place,
                                  @NotNull IdentityDocument identityCheck,
                                  @NotBlank @Size(max = 60) String sealNumber) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_SAMPLE_COLLECTION;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordSampleCollection(new SampleCollection(kitId, subject, collectedOn, collectedBy, place,
                    identityCheck, sealNumber), recording);
        }
    }

    record RecordCustodyTransfer(@NotBlank @Size(max = 60) String sealNumber, @NotBlank @Size(max = NAME) String from,
                                 @NotBlank @Size(max = NAME) String to, @PastOrPresent LocalDate transferredOn)
            implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_CUSTODY_TRANSFER;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordCustodyTransfer(sealNumber, from, to, transferredOn, recording);
        }
    }

    record RecordLabReceipt(@NotBlank @Size(max = 60) String kitId, @NotBlank @Size(max = NAME) String laboratory,
                            @PastOrPresent LocalDate receivedOn, @NotNull Boolean sealsIntact) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_LAB_RECEIPT;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordLabReceipt(kitId, laboratory, receivedOn, sealsIntact, recording);
        }
    }

    record RecordDnaResult(@NotBlank @Size(max = 60) String kitId, @NotBlank @Size(max = NAME) String laboratory,
                           @PastOrPresent LocalDate reportedOn, @NotNull DnaConclusion conclusion,
                           BigDecimal probabilityOfPaternity) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_DNA_RESULT;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordDnaResult(kitId, laboratory, reportedOn, conclusion, probabilityOfPaternity, recording);
        }
    }

    record RecordAdmission(@PastOrPresent LocalDate admittedOn, @NotBlank @Size(max = TEXT) String evidence)
            implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_ADMISSION;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordAdmission(admittedOn, evidence, recording);
        }
    }

    record ConfirmOutcome() implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.CONFIRM_OUTCOME;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.confirmOutcome(recording);
        }
    }

    record RejectOutcome(@NotBlank @Size(max = TEXT) String reason) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.REJECT_OUTCOME;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.rejectOutcome(reason, recording);
        }
    }

    record ArrangeSupport(@NotNull SupportArrangement.Kind kind, @NotNull BigDecimal amount,
                          @NotBlank String currency, @NotNull SupportArrangement.Frequency frequency,
                          @NotNull LocalDate startsOn) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.ARRANGE_SUPPORT;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.arrangeSupport(new SupportArrangement(kind, new Money(amount, currency), frequency, startsOn),
                    recording);
        }
    }

    record RecordPayment(@NotNull BigDecimal amount, @NotBlank String currency, @PastOrPresent LocalDate paidOn,
                         @Size(max = NAME) String payer) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_PAYMENT;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordPayment(new Money(amount, currency), paidOn, payer, recording);
        }
    }

    record RecordInterimAssistance(@NotNull BigDecimal amount, @NotBlank String currency,
                                   @PastOrPresent LocalDate paidOn, @NotBlank @Size(max = NAME) String source)
            implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_INTERIM_ASSISTANCE;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordInterimAssistance(new Money(amount, currency), paidOn, source, recording);
        }
    }

    record RecordWithheldReimbursement(@NotNull BigDecimal amount, @NotBlank String currency,
                                       @PastOrPresent LocalDate on) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RECORD_WITHHELD_REIMBURSEMENT;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.recordWithheldReimbursement(new Money(amount, currency), on, recording);
        }
    }

    record ReleaseWithheldReimbursement(@NotNull BigDecimal amount, @NotBlank String currency,
                                        @PastOrPresent LocalDate on) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.releaseWithheldReimbursement(new Money(amount, currency), on, recording);
        }
    }

    record PutOnHold(@NotBlank @Size(max = TEXT) String reason) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.PUT_ON_HOLD;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.putOnHold(reason, recording);
        }
    }

    record Resume() implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.RESUME;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.resume(recording);
        }
    }

    record Close(@NotNull ClosureReason reason, @Size(max = TEXT) String note) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.CLOSE;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.close(reason, note, recording);
        }
    }

    record Reopen(@NotBlank @Size(max = TEXT) String reason) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.REOPEN;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.reopen(reason, recording);
        }
    }

    /** {@code shareWithMemberState}: whether the State may read a VRA comment; a State's own is always shared. */
    record AddComment(@NotBlank @Size(max = TEXT) String text, Boolean shareWithMemberState) implements ClaimCommand {
        public ClaimAction action() {
            return ClaimAction.ADD_COMMENT;
        }

        public void applyTo(Claim claim, Recording recording) {
            claim.addComment(text, Boolean.TRUE.equals(shareWithMemberState), recording);
        }
    }
}
