package un.vra.claims.claim;

import java.time.LocalDate;

/**
 * The filters of the claim register; null means "any". {@code text} matches the start of a claim's reference
 * or of its allegation reference.
 */
public record ClaimFilter(ClaimStatus status, String memberState, String mission, PersonnelCategory category,
                          LocalDate receivedFrom, LocalDate receivedTo, String text) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null);
    }
}
