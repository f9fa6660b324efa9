package un.vra.claims.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.PersonnelCategory;

/** The body of {@code POST /claims/api/claims}. */
public record RegisterClaimRequest(
        @NotNull @PastOrPresent LocalDate receivedOn,
        @NotNull ClaimType claimType,
        @NotNull @Size(min = 2, max = 20) String mission,
        @Size(max = 60) String allegationReference,
        @NotNull PersonnelCategory personnelCategory,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String memberState) {

    NewClaim toNewClaim() {
        return new NewClaim(receivedOn, claimType, mission, allegationReference, personnelCategory, memberState);
    }
}
