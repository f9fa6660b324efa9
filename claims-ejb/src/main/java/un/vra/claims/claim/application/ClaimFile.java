package un.vra.claims.claim.application;

import java.io.Serializable;
import java.util.List;

/** A claim as one reader may see it, with its timeline: what the claim file page and its PDF show. */
public record ClaimFile(ClaimDetails claim, List<TimelineEntry> timeline) implements Serializable {

    public ClaimFile {
        timeline = List.copyOf(timeline);
    }
}
