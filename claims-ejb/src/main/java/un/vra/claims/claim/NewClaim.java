package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.Objects;

/** What is known of a claim when it is registered. */
public record NewClaim(LocalDate receivedOn, ClaimType claimType, String mission, String allegationReference,
                       PersonnelCategory personnelCategory, String memberState) {

    public NewClaim {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(claimType, "claimType");
        Objects.requireNonNull(mission, "mission");
        Objects.requireNonNull(personnelCategory, "personnelCategory");
    }
}
