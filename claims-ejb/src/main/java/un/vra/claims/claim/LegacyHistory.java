package un.vra.claims.claim;

import java.time.LocalDate;

/**
 * A claim's past as a legacy register recorded it: only the dates of its milestones and where it ended up.
 * The import replays it through the claim's own actions into a dated timeline so clocks and as-of measures work on it.
 */
public record LegacyHistory(
        ClaimStatus status,
        PaternityOutcome outcome,
        ClosureReason closureReason,
        LocalDate notifiedOn,
        LocalDate acknowledgedOn,
        LocalDate paternityDeterminedOn,
        LocalDate supportArrangedOn,
        LocalDate closedOn) {}
