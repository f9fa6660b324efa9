package un.vra.claims.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The input of one action on a claim, exactly as the API receives it ({@code POST .../actions/{ACTION}}) and the
 * claim file's dialog asks for it. Which action each record carries, and everything else about that action, is
 * its row in the {@link Lifecycle}; the claim checks the required components again, since the domain cannot trust
 * that a caller validated. Omitted dates mean today.
 */
public sealed interface ClaimCommand {

    int TEXT = 2000;
    int NAME = 200;
    int CODE = 60;

    /** The action this input is for, from its row in the lifecycle table. */
    default ClaimAction action() {
        return Lifecycle.rowOf(this).action();
    }

    /** {@code noContactOverrideReason} is required only when the claimant asked that the father not be contacted. */
    record NotifyMemberState(
            @NotBlank @Size(max = NAME) String noteVerbaleReference,
            @PastOrPresent LocalDate notifiedOn,
            @Size(max = TEXT) String noContactOverrideReason)
            implements ClaimCommand {}

    record Acknowledge(
            @PastOrPresent LocalDate acknowledgedOn,
            @Size(max = TEXT) String note) implements ClaimCommand {}

    record StartDnaTest(
            @NotBlank @Size(max = CODE) String kitId,
            @NotBlank @Size(max = NAME) String laboratory) implements ClaimCommand {}

    record RecordSampleCollection(
            @NotBlank @Size(max = CODE) String kitId,
            @NotNull DnaSubject subject,
            @PastOrPresent LocalDate collectedOn,
            @NotBlank @Size(max = NAME) String collectedBy,
            @NotBlank @Size(max = NAME) String place,
            @NotNull IdentityDocument identityCheck,
            @NotBlank @Size(max = CODE) String sealNumber)
            implements ClaimCommand {}

    record RecordCustodyTransfer(
            @NotBlank @Size(max = CODE) String sealNumber,
            @NotBlank @Size(max = NAME) String from,
            @NotBlank @Size(max = NAME) String to,
            @PastOrPresent LocalDate transferredOn)
            implements ClaimCommand {}

    record RecordLabReceipt(
            @NotBlank @Size(max = CODE) String kitId,
            @NotBlank @Size(max = NAME) String laboratory,
            @PastOrPresent LocalDate receivedOn,
            @NotNull Boolean sealsIntact)
            implements ClaimCommand {}

    /** The probability of paternity is a percentage, as laboratories report it. */
    record RecordDnaResult(
            @NotBlank @Size(max = CODE) String kitId,
            @NotBlank @Size(max = NAME) String laboratory,
            @PastOrPresent LocalDate reportedOn,
            @NotNull DnaConclusion conclusion,
            BigDecimal probabilityOfPaternity)
            implements ClaimCommand {

        /** What the result says of paternity: an inclusion establishes it only at the threshold. */
        PaternityOutcome outcome() {
            return switch (conclusion) {
                case INCLUSION ->
                    ProbabilityOfPaternity.ofNullable(probabilityOfPaternity)
                            .filter(ProbabilityOfPaternity::establishesPaternity)
                            .map(p -> PaternityOutcome.ESTABLISHED)
                            .orElse(PaternityOutcome.INCONCLUSIVE);
                case EXCLUSION -> PaternityOutcome.EXCLUDED;
                case INCONCLUSIVE -> PaternityOutcome.INCONCLUSIVE;
            };
        }
    }

    record RecordAdmission(
            @PastOrPresent LocalDate admittedOn,
            @NotBlank @Size(max = TEXT) String evidence) implements ClaimCommand {}

    record ConfirmOutcome() implements ClaimCommand {}

    record RejectOutcome(@NotBlank @Size(max = TEXT) String reason) implements ClaimCommand {}

    record ArrangeSupport(
            @NotNull SupportArrangement.Kind kind,
            @NotNull BigDecimal amount,
            @NotBlank String currency,
            @NotNull SupportArrangement.Frequency frequency,
            @NotNull LocalDate startsOn,
            @Positive Integer child,
            LocalDate endsOn,
            @PastOrPresent LocalDate arrangedOn)
            implements ClaimCommand {

        SupportArrangement arrangement() {
            return new SupportArrangement(kind, new Money(amount, currency), frequency, startsOn);
        }
    }

    record RecordPayment(
            @NotNull BigDecimal amount,
            @NotBlank String currency,
            @PastOrPresent LocalDate paidOn,
            @Size(max = NAME) String payer,
            @Positive Integer arrangement)
            implements ClaimCommand {}

    record ReviseSupport(
            @Positive Integer arrangement,
            @NotNull LocalDate from,
            @NotNull BigDecimal amount,
            @NotBlank String currency,
            @NotNull SupportArrangement.Frequency frequency)
            implements ClaimCommand {}

    record TerminateSupport(
            @Positive Integer arrangement,
            @PastOrPresent LocalDate terminatedOn,
            @NotNull SupportSchedule.TerminationReason reason,
            @Size(max = TEXT) String note)
            implements ClaimCommand {}

    record RecordInterimAssistance(
            @NotNull BigDecimal amount,
            @NotBlank String currency,
            @PastOrPresent LocalDate paidOn,
            @NotBlank @Size(max = NAME) String source,
            @NotNull AssistanceKind kind)
            implements ClaimCommand {}

    record RecordWithheldReimbursement(
            @NotNull BigDecimal amount,
            @NotBlank String currency,
            @PastOrPresent LocalDate on) implements ClaimCommand {}

    record ReleaseWithheldReimbursement(
            @NotNull BigDecimal amount,
            @NotBlank String currency,
            @PastOrPresent LocalDate on) implements ClaimCommand {}

    record PutOnHold(@NotBlank @Size(max = TEXT) String reason) implements ClaimCommand {}

    record Resume() implements ClaimCommand {}

    record Close(
            @NotNull ClosureReason reason, @Size(max = TEXT) String note) implements ClaimCommand {}

    record Reopen(@NotBlank @Size(max = TEXT) String reason) implements ClaimCommand {}

    /** {@code shareWithMemberState}: whether the State may read a VRA comment; a State's own is always shared. */
    record AddComment(@NotBlank @Size(max = TEXT) String text, Boolean shareWithMemberState) implements ClaimCommand {}

    /** A document attached beside the claim: it arrives with its upload, never through the action endpoint. */
    record AddDocument(
            @NotBlank String fileName,
            String mediaType,
            @PositiveOrZero long size,
            @NotBlank String sha256,
            @NotNull Audience audience)
            implements ClaimCommand {}
}
