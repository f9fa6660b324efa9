package un.vra.claims.withholding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.Money;
import un.vra.claims.claim.Recording;
import un.vra.claims.shared.EntryRules;
import un.vra.claims.shared.InvalidInputException;

/**
 * An amount withheld from a State's troop or police reimbursements, for one of its claims or for the State as a
 * whole, and how much of it was since released to the State or paid to claimants. Out of it go only what remains,
 * in its own currency: the balance is never negative and never converted. Each disposal is a record of its own.
 */
@Entity
@Table(name = "withheld_reimbursement")
public class WithheldReimbursement {

    /** The longest reason kept, in characters. */
    public static final int MAX_REASON = 500;

    /** Amounts are kept in cents, as the database keeps them, so that figures compare and print alike. */
    private static final BigDecimal CENTS_ZERO = new BigDecimal("0.00");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_state", nullable = false, updatable = false)
    private String memberState;

    @Column(name = "claim_id", updatable = false)
    private Long claimId;

    @Column(name = "claim_reference", updatable = false)
    private String claimReference;

    @Column(name = "withheld_on", nullable = false, updatable = false)
    private LocalDate withheldOn;

    @Column(nullable = false, updatable = false)
    private BigDecimal amount;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(nullable = false)
    private BigDecimal released = CENTS_ZERO;

    @Column(name = "paid_to_claimants", nullable = false)
    private BigDecimal paidToClaimants = CENTS_ZERO;

    @Column(updatable = false)
    private String reason;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected WithheldReimbursement() {}

    /**
     * Withholds from {@code memberState}, for {@code claim} when there is one: the claim must be that State's, and
     * the day neither in the future nor before the claim was received.
     */
    public WithheldReimbursement(MemberStateCode memberState, Claim claim, NewWithholding entry, Recording recording) {
        Money money = new Money(entry.amount(), entry.currency());
        this.memberState = memberState.value();
        LocalDate earliest = LocalDate.MIN;
        if (claim != null) {
            if (!claim.memberState().map(memberState::equals).orElse(false)) {
                throw new InvalidInputException(
                        "claim", "claim " + claim.reference().value() + " is not a claim of " + memberState);
            }
            this.claimId = claim.id();
            this.claimReference = claim.reference().value();
            earliest = claim.receivedOn();
        }
        this.withheldOn =
                EntryRules.day("withheldOn", entry.withheldOn(), earliest, "the claim was received", recording.today());
        this.amount = money.amount().setScale(2);
        this.currency = money.currency();
        this.reason = EntryRules.text("reason", entry.reason(), MAX_REASON);
        this.recordedBy = recording.actor().username();
        this.recordedAt = recording.now().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Releases part or all of what remains to the State, or pays it to a claimant: the claimant of this
     * withholding's claim, or for an amount withheld from the State as a whole, of {@code payee}, one of its claims.
     * The amount is at most what remains, in this withholding's currency; the day follows the withholding's.
     */
    public WithheldDisposal dispose(NewDisposal entry, Claim payee, Recording recording) {
        DisposalKind kind = EntryRules.required("kind", entry.kind());
        LocalDate day = EntryRules.day(
                "disposedOn", entry.disposedOn(), withheldOn, "the amount was withheld", recording.today());
        String reasonGiven = EntryRules.required("reason", EntryRules.text("reason", entry.reason(), MAX_REASON));
        if (entry.currency() != null && !entry.currency().equals(currency)) {
            throw new InvalidInputException(
                    "currency", "this amount was withheld in " + currency + "; it is released or paid in " + currency);
        }
        BigDecimal part = new Money(entry.amount(), currency).amount().setScale(2);
        if (part.compareTo(balance()) > 0) {
            throw new InvalidInputException(
                    "amount",
                    "only " + currency + " " + balance().toPlainString() + " of this amount remains withheld, not "
                            + part.toPlainString());
        }
        if (kind == DisposalKind.RELEASED_TO_STATE) {
            released = released.add(part);
            return new WithheldDisposal(this, kind, day, part, claimId, claimReference, reasonGiven, recording);
        }
        Claim paid = payee(payee);
        paidToClaimants = paidToClaimants.add(part);
        return new WithheldDisposal(
                this,
                kind,
                day,
                part,
                paid == null ? claimId : paid.id(),
                paid == null ? claimReference : paid.reference().value(),
                reasonGiven,
                recording);
    }

    /**
     * Whose claimant is paid: this withholding's claim's (null: no other may be named), or for an amount withheld
     * from the State as a whole, {@code payee}, which must be one of the State's claims.
     */
    private Claim payee(Claim payee) {
        if (claimReference != null) {
            if (payee != null && !claimReference.equals(payee.reference().value())) {
                throw new InvalidInputException("claim", "this amount was withheld for claim " + claimReference);
            }
            return null;
        }
        if (payee == null) {
            throw new InvalidInputException(
                    "claim",
                    "an amount withheld from the State as a whole is paid to the claimant of a claim: name it");
        }
        if (!payee.memberState().map(state -> state.value().equals(memberState)).orElse(false)) {
            throw new InvalidInputException(
                    "claim", "claim " + payee.reference().value() + " is not a claim of " + memberState);
        }
        return payee;
    }

    /** What is still withheld: the amount less what was released and what was paid to claimants. */
    public BigDecimal balance() {
        return amount.subtract(released).subtract(paidToClaimants);
    }

    public Long id() {
        return id;
    }

    public String memberState() {
        return memberState;
    }

    public Long claimId() {
        return claimId;
    }

    public String claimReference() {
        return claimReference;
    }

    public LocalDate withheldOn() {
        return withheldOn;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal released() {
        return released;
    }

    public BigDecimal paidToClaimants() {
        return paidToClaimants;
    }

    public String reason() {
        return reason;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
