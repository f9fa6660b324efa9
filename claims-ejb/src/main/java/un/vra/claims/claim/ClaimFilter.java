package un.vra.claims.claim;

import java.time.LocalDate;

/** The filters of the claim register; null means "any". */
public record ClaimFilter(ClaimStatus status, String memberState, String mission, PersonnelCategory category,
                          LocalDate receivedFrom, LocalDate receivedTo) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null);
    }
}
