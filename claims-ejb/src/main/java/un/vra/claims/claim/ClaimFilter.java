package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The filters of the claim register; null means "any". {@code text} matches the start of a claim's reference
 * or of its allegation reference; {@code ageBand} keeps pending (not closed) claims by time since receipt;
 * {@code overdueOnly} keeps claims whose next step is past its time standard;
 * {@code majorityApproachingOnly} keeps open claims whose next child comes of age within two years.
 */
public record ClaimFilter(
        ClaimStatus status,
        String memberState,
        String mission,
        PersonnelCategory category,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        String text,
        AgeBand ageBand,
        WhoseTurn whoseTurn,
        boolean overdueOnly,
        boolean majorityApproachingOnly) {

    public static ClaimFilter none() {
        return new ClaimFilter(null, null, null, null, null, null, null, null, null, false, false);
    }

    /** The filters that are set, as {@code name=value} separated by spaces, or "all claims": for the audit trail. */
    public String describe() {
        StringJoiner set = new StringJoiner(" ");
        set.setEmptyValue("all claims");
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("status", status);
        filters.put("memberState", memberState);
        filters.put("mission", mission);
        filters.put("category", category);
        filters.put("receivedFrom", receivedFrom);
        filters.put("receivedTo", receivedTo);
        filters.put("q", text);
        filters.put("ageBand", ageBand);
        filters.put("whoseTurn", whoseTurn);
        filters.put("overdue", overdueOnly ? Boolean.TRUE : null);
        filters.put("majorityApproaching", majorityApproachingOnly ? Boolean.TRUE : null);
        filters.forEach((name, value) -> {
            if (value != null) {
                set.add(name + "=" + value);
            }
        });
        return set.toString();
    }
}
