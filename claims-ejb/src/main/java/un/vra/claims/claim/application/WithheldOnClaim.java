package un.vra.claims.claim.application;

import java.time.LocalDate;
import java.util.Optional;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.Money;
import un.vra.claims.claim.Recording;

/**
 * A reimbursement was just withheld or released on a claim's timeline, in the transaction that recorded it, as a CDI
 * event: the per-State book of amounts withheld (another feature's, which depends on claims) keeps the money, so
 * that the claim actions and the book are one bookkeeping path.
 *
 * @param released false: withheld from the claim's State; true: released to it
 */
public record WithheldOnClaim(Claim claim, boolean released, Money amount, LocalDate on, Recording recording) {

    /** The event of a command that withholds or releases, none for any other command. */
    static Optional<WithheldOnClaim> of(Claim claim, ClaimCommand command, Recording recording) {
        if (command instanceof ClaimCommand.RecordWithheldReimbursement withheld) {
            return Optional.of(new WithheldOnClaim(
                    claim,
                    false,
                    new Money(withheld.amount(), withheld.currency()),
                    day(withheld.on(), recording),
                    recording));
        }
        if (command instanceof ClaimCommand.ReleaseWithheldReimbursement release) {
            return Optional.of(new WithheldOnClaim(
                    claim,
                    true,
                    new Money(release.amount(), release.currency()),
                    day(release.on(), recording),
                    recording));
        }
        return Optional.empty();
    }

    private static LocalDate day(LocalDate on, Recording recording) {
        return on == null ? recording.today() : on;
    }
}
