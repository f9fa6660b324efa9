package un.vra.claims.claim.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.Route;
import un.vra.claims.claim.WhoseTurn;

/** A claim as its readers see it: no personal data, the claimant by pseudonym only. */
public record ClaimDetails(String reference, LocalDate receivedOn, ClaimType claimType, String mission,
                           String allegationReference, PersonnelCategory personnelCategory, Route route,
                           String memberState, ClaimStatus status, PaternityOutcome paternityOutcome,
                           ClosureReason closureReason, WhoseTurn whoseTurn, String claimantPseudonym,
                           Set<ClaimAction> allowedActions, Instant updatedAt, long version) {

    static ClaimDetails of(Claim claim) {
        return new ClaimDetails(claim.reference().value(), claim.receivedOn(), claim.claimType(), claim.mission(),
                claim.allegationReference(), claim.personnelCategory(), claim.route(), claim.memberState(),
                claim.status(), claim.paternityOutcome(), claim.closureReason(), claim.whoseTurn(),
                claim.claimantPseudonym(), claim.allowedActions(), claim.updatedAt(), claim.version());
    }
}
