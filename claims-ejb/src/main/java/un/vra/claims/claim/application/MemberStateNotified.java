package un.vra.claims.claim.application;

import java.time.LocalDate;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.Recording;

/**
 * A claim's Member State was just notified, in the transaction that notified it, as a CDI event: what follows from
 * a notification (the note verbale to the State's Permanent Mission) is another feature's, which depends on claims,
 * not the other way round.
 */
public record MemberStateNotified(Claim claim, LocalDate notifiedOn, Recording recording) {}
