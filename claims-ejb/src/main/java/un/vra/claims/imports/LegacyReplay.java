package un.vra.claims.imports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimCommand;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.LegacyHistory;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.Recording;
import un.vra.claims.shared.InvalidInputException;

/**
 * Rebuilds an imported claim's timeline from a legacy register's milestone dates, through the claim's own
 * actions, one event per milestone on its own day, recorded by the importer on behalf of the legacy register: so
 * the claim itself refuses a history its lifecycle does not allow. The register holds no evidence of the DNA
 * test or terms of the support, so those steps are recorded as imported, and the determination is taken as the
 * register states it.
 */
public final class LegacyReplay {

    /** Who stands behind every replayed step, and what a replayed step's free text says of its source. */
    static final String SOURCE = "legacy register";

    private LegacyReplay() {}

    /** The claim the history describes, refused when its dates lead elsewhere than the status it states. */
    public static Claim rebuild(ClaimReference reference, NewClaim details, LegacyHistory history, Actor importer) {
        Claim claim = new Claim(reference, details, on(importer, details.receivedOn()));
        if (history.notifiedOn() != null) {
            claim.act(
                    new ClaimCommand.NotifyMemberState(SOURCE, history.notifiedOn(), null),
                    on(importer, history.notifiedOn()));
        }
        if (history.acknowledgedOn() != null) {
            claim.act(
                    new ClaimCommand.Acknowledge(history.acknowledgedOn(), SOURCE),
                    on(importer, history.acknowledgedOn()));
        }
        LocalDate determined = history.paternityDeterminedOn();
        if (determined != null) {
            claim.recordImported(
                    ClaimAction.RECORD_DNA_RESULT, history.outcome(), determined, on(importer, determined));
        }
        if (history.status() == ClaimStatus.DNA_TESTING) {
            claim.recordImported(
                    ClaimAction.START_DNA_TEST, null, claim.lastEventOn(), on(importer, claim.lastEventOn()));
        }
        if (history.supportArrangedOn() != null) {
            claim.recordImported(
                    ClaimAction.ARRANGE_SUPPORT,
                    null,
                    history.supportArrangedOn(),
                    on(importer, history.supportArrangedOn()));
        }
        if (history.closedOn() != null) {
            claim.act(new ClaimCommand.Close(history.closureReason(), SOURCE), on(importer, history.closedOn()));
        }
        if (claim.status() != history.status()) {
            throw new InvalidInputException(
                    "status", "the dates lead to " + claim.status() + ", not " + history.status());
        }
        return claim;
    }

    /** The importer recording a step on the day the register dates it, on behalf of the register. */
    private static Recording on(Actor importer, LocalDate day) {
        return new Recording(
                new Actor(importer.username(), importer.role(), SOURCE),
                Clock.fixed(day.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
    }
}
