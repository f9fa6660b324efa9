package un.vra.claims.claim;

import java.time.LocalDate;

/**
 * The filters of the claim register; null means "any". {@code text} matches the start of a claim's reference
 * or of its allegation reference; {@code ageBand} keeps pending (not closed) claims by time since receipt;
 * {@code overdueOnly} keeps claims whose next step is past its time standard.
 */
public record ClaimFilter(ClaimStatus status, String memberState, String mission, PersonnelCategory category,
                          LocalDate receivedFrom, LocalDate receivedTo, String text, AgeBand ageBand,
                          WhoseTurn whoseTurn, boolean overdueOnly) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null, null, null, false);
    }
}
