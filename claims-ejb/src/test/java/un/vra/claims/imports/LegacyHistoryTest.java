package un.vra.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.Claim;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.ClaimClocks;
import un.vra.claims.claim.ClaimEvent;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimStatePeriod;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.ClosureReason;
import un.vra.claims.claim.LegacyHistory;
import un.vra.claims.claim.NewClaim;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.shared.InvalidInputException;

/** A legacy register's history replayed through the claim's own actions. */
class LegacyHistoryTest {

    private static final Actor ADMIN = Actor.of("vra.admin", "VRA_ADMIN");

    private static NewClaim received(LocalDate on, PersonnelCategory category, String state) {
        return new NewClaim(on, ClaimType.PATERNITY, "MINUSTAH", null, category, state);
    }

    @Test
    void anImportedClaimGetsOneDatedEventPerMilestoneAndItsClocksFromThem() {
        Claim claim = LegacyReplay.rebuild(
                ClaimReference.of(2015, 101),
                received(LocalDate.of(2015, 3, 2), PersonnelCategory.MILITARY_CONTINGENT, "URY"),
                new LegacyHistory(
                        ClaimStatus.NOTIFIED,
                        PaternityOutcome.UNDETERMINED,
                        null,
                        LocalDate.of(2015, 4, 1),
                        null,
                        null,
                        null,
                        null),
                ADMIN);
        assertEquals(
                List.of(ClaimAction.REGISTER, ClaimAction.NOTIFY_MEMBER_STATE),
                claim.events().stream().map(ClaimEvent::action).toList());
        assertEquals("legacy register", claim.events().get(1).onBehalfOf());
        ClaimClocks clocks = claim.clocks(LocalDate.of(2015, 5, 1));
        assertEquals(new ClaimClocks(60, 30, 30, 0), clocks);
    }

    @Test
    void anImportedClosedExclusionEndsClosedWithItsReason() {
        Claim claim = LegacyReplay.rebuild(
                ClaimReference.of(2015, 103),
                received(LocalDate.of(2015, 8, 8), PersonnelCategory.CIVILIAN, null),
                new LegacyHistory(
                        ClaimStatus.CLOSED,
                        PaternityOutcome.EXCLUDED,
                        ClosureReason.PATERNITY_EXCLUDED,
                        null,
                        null,
                        LocalDate.of(2016, 2, 2),
                        null,
                        LocalDate.of(2016, 3, 3)),
                ADMIN);
        assertEquals(ClaimStatus.CLOSED, claim.status());
        assertEquals(ClosureReason.PATERNITY_EXCLUDED, claim.closureReason());
        assertEquals(
                List.of(ClaimStatus.RECEIVED, ClaimStatus.PATERNITY_EXCLUDED, ClaimStatus.CLOSED),
                claim.periods().stream().map(ClaimStatePeriod::status).toList());
    }

    @Test
    void datesThatLeadElsewhereThanTheStatedStatusAreRefused() {
        assertThrows(
                InvalidInputException.class,
                () -> LegacyReplay.rebuild(
                        ClaimReference.of(2015, 1),
                        received(LocalDate.of(2015, 3, 2), PersonnelCategory.MILITARY_CONTINGENT, "URY"),
                        new LegacyHistory(
                                ClaimStatus.ACKNOWLEDGED,
                                PaternityOutcome.UNDETERMINED,
                                null,
                                LocalDate.of(2015, 4, 1),
                                null,
                                null,
                                null,
                                null),
                        ADMIN));
    }
}
