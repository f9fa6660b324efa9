package un.vra.claims.claim;

import java.util.EnumSet;
import java.util.Set;

/** The party a claim is waiting for; every pending day is attributed to exactly one of them. */
public enum WhoseTurn {
    UN,
    MEMBER_STATE,
    CLAIMANT,
    NONE;

    /** The statuses in which a claim on {@code route} waits for this party, as the lifecycle says. */
    public Set<ClaimStatus> statuses(Route route) {
        Set<ClaimStatus> statuses = EnumSet.noneOf(ClaimStatus.class);
        for (ClaimStatus status : ClaimStatus.values()) {
            if (status.whoseTurn(route) == this) {
                statuses.add(status);
            }
        }
        return statuses;
    }
}
