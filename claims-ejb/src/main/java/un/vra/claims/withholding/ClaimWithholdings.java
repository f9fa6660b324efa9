package un.vra.claims.withholding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.application.WithheldBook;
import un.vra.claims.claim.application.WithheldFigures;
import un.vra.claims.claim.application.WithheldOnClaim;
import un.vra.claims.shared.InvalidInputException;

/**
 * The claim actions {@code RECORD_WITHHELD_REIMBURSEMENT} and {@code RELEASE_WITHHELD_REIMBURSEMENT} kept in the
 * State's book, in the transaction of the action: an amount withheld for the claim, and a release to the State out
 * of the claim's amounts in that currency, oldest first. So the ledger's balance includes them, and a release is
 * refused (the whole action with it) beyond what the book still holds for the claim. The claim file reads the claim's
 * lines of the book here too.
 */
@ApplicationScoped
public class ClaimWithholdings implements WithheldBook {

    @Inject
    private WithholdingRepository book;

    @Override
    public List<WithheldFigures> ofClaim(long claimId) {
        return book.ofClaim(claimId);
    }

    void onWithheld(@Observes WithheldOnClaim event) {
        Claim claim = event.claim();
        if (event.released()) {
            release(claim, event);
            return;
        }
        MemberStateCode state = claim.memberState()
                .orElseThrow(() -> new InvalidInputException(
                        "claim", "claim " + claim.reference().value() + " has no responsible Member State"));
        book.add(new WithheldReimbursement(
                state,
                claim,
                new NewWithholding(
                        state.value(),
                        claim.reference().value(),
                        event.on(),
                        event.amount().amount(),
                        event.amount().currency(),
                        reason(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT)),
                event.recording()));
    }

    private void release(Claim claim, WithheldOnClaim event) {
        String currency = event.amount().currency();
        List<WithheldReimbursement> held = book.lockedWithBalance(claim.id(), currency);
        BigDecimal remaining =
                held.stream().map(WithheldReimbursement::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal left = event.amount().amount();
        if (left.compareTo(remaining) > 0) {
            throw new InvalidInputException(
                    "amount",
                    "only " + currency + " " + remaining.toPlainString() + " remains withheld for claim "
                            + claim.reference().value());
        }
        for (WithheldReimbursement each : held) {
            if (left.signum() == 0) {
                return;
            }
            BigDecimal part = left.min(each.balance());
            book.add(each.dispose(
                    new NewDisposal(
                            DisposalKind.RELEASED_TO_STATE,
                            event.on(),
                            part,
                            currency,
                            null,
                            reason(ClaimAction.RELEASE_WITHHELD_REIMBURSEMENT)),
                    null,
                    event.recording()));
            left = left.subtract(part);
        }
    }

    private static String reason(ClaimAction action) {
        return action + " on the claim's timeline";
    }

    /**
     * Whether a withholding's reason is the one written here for an amount withheld by the claim's action, rather than
     * a reason a person gave: a page shows it in the reader's language, not as the stored English and action's name.
     */
    public static boolean withheldOnTheTimeline(String reason) {
        return reason(ClaimAction.RECORD_WITHHELD_REIMBURSEMENT).equals(reason);
    }
}
