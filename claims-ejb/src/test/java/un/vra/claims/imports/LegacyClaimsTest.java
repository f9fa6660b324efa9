package un.vra.claims.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.Actor;
import un.vra.claims.claim.ClaimReference;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.ClaimType;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.shared.DomainException;
import un.vra.claims.shared.ErrorCode;
import un.vra.claims.shared.InvalidInputException;

class LegacyClaimsTest {

    private final LegacyClaims claims = new LegacyClaims(Actor.of("vra.admin", "ADMIN"));

    private static LegacyRow row(ClaimStatus status, LocalDate supportArrangedOn, List<Integer> birthYears) {
        return new LegacyRow(
                7,
                "PC-2016-0001",
                LocalDate.of(2016, 1, 4),
                ClaimType.PATERNITY,
                "MONUSCO",
                null,
                PersonnelCategory.MILITARY_CONTINGENT,
                "NPL",
                status,
                PaternityOutcome.ESTABLISHED,
                null,
                LocalDate.of(2016, 2, 1),
                LocalDate.of(2016, 3, 1),
                LocalDate.of(2016, 4, 1),
                supportArrangedOn,
                null,
                birthYears,
                null,
                List.of(),
                null);
    }

    @Test
    void aRowWhoseDatesLeadToItsStatusBecomesAClaim() {
        List<ImportProblem> problems = new ArrayList<>();

        assertNotNull(claims.build(
                row(ClaimStatus.PATERNITY_ESTABLISHED, null, List.of(2015)),
                ClaimReference.parse("PC-2016-0001"),
                problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void theAggregatesRefusalIsAProblemOnTheRowAtTheColumnOfTheFieldItNames() {
        List<ImportProblem> problems = new ArrayList<>();

        assertNull(claims.build(
                row(ClaimStatus.PATERNITY_ESTABLISHED, LocalDate.of(2016, 5, 1), List.of(2015)),
                ClaimReference.parse("PC-2016-0001"),
                problems));
        assertNull(claims.build(
                row(ClaimStatus.PATERNITY_ESTABLISHED, null, List.of(1990)),
                ClaimReference.parse("PC-2016-0001"),
                problems));

        assertEquals(
                List.of("7:status", "7:child_birth_years"),
                problems.stream()
                        .map(problem -> problem.row() + ":" + problem.column())
                        .toList());
    }

    @Test
    void aFieldTheFileDoesNotHaveIsBlamedOnTheStatusWhereTheHistoryEnds() {
        assertEquals("received_on", LegacyClaims.column(new InvalidInputException("receivedOn", "m")));
        assertEquals("member_state", LegacyClaims.column(new InvalidInputException("memberState", "m")));
        assertEquals("status", LegacyClaims.column(new InvalidInputException("noteVerbaleReference", "m")));
        assertEquals("status", LegacyClaims.column(new DomainException(ErrorCode.CONFLICT, "m")));
    }
}
