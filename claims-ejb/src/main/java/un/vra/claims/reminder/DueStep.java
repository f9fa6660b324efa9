package un.vra.claims.reminder;

import java.time.LocalDate;
import un.vra.claims.claim.NextStep;

/** A claim's step that has a standard and is due by the day looked at: which claim, which step, since when. */
public record DueStep(long claimId, NextStep step, LocalDate since) {}
