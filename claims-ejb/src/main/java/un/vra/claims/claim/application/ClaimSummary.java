package un.vra.claims.claim.application;

import java.time.Instant;
import java.time.LocalDate;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.WhoseTurn;

/** One row of a claim list. */
public record ClaimSummary(String reference, LocalDate receivedOn, ClaimType claimType, String mission,
                           PersonnelCategory personnelCategory, String memberState, ClaimStatus status,
                           WhoseTurn whoseTurn, String claimantPseudonym, Instant updatedAt) {

    static ClaimSummary of(Claim claim) {
        return new ClaimSummary(claim.reference().value(), claim.receivedOn(), claim.claimType(), claim.mission(),
                claim.personnelCategory(), claim.memberState(), claim.status(), claim.whoseTurn(),
                claim.claimantPseudonym(), claim.updatedAt());
    }
}
