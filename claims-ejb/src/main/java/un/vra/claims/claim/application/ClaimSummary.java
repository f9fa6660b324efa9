package un.vra.claims.claim.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimClocks;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.NextStep;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.TimeStandards;
import un.vra.claims.claim.WhoseTurn;

/**
 * One row of a claim list: where the claim stands, what it waits for and by when, and how long it has
 * waited in all and with its Member State, and whether a child's majority is near. No personal data beyond the
 * claimant's pseudonym.
 */
public record ClaimSummary(
        String reference,
        LocalDate receivedOn,
        ClaimType claimType,
        String mission,
        String allegationReference,
        PersonnelCategory personnelCategory,
        String memberState,
        ClaimStatus status,
        WhoseTurn whoseTurn,
        String claimantPseudonym,
        NextStep nextStep,
        LocalDate nextStepDueOn,
        boolean overdue,
        long daysPending,
        long daysWithMemberState,
        Instant updatedAt,
        boolean majorityApproaching)
        implements Serializable {

    public static ClaimSummary of(Claim claim, TimeStandards standards, LocalDate today) {
        ClaimClocks clocks = claim.clocks(today);
        NextStep step = claim.nextStep().orElse(null);
        return new ClaimSummary(
                claim.reference().value(),
                claim.receivedOn(),
                claim.claimType(),
                claim.mission().value(),
                claim.allegationReference(),
                claim.personnelCategory(),
                claim.memberState().map(MemberStateCode::value).orElse(null),
                claim.status(),
                claim.whoseTurn(),
                claim.claimantPseudonym(),
                step,
                standards.dueOn(step, claim.nextStepSince()).orElse(null),
                standards.overdue(step, claim.nextStepSince(), today),
                clocks.daysPending(),
                clocks.daysWithMemberState(),
                claim.updatedAt(),
                claim.majorityApproaching(today));
    }
}
