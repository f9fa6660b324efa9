package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.PaternityOutcome;
import un.vra.claims.claim.Route;

class TallyTest {

    private static MetricsRepository.Group group(String status, String outcome, int band, long count) {
        return new MetricsRepository.Group(
                "NPL",
                Route.MEMBER_STATE,
                ClaimStatus.valueOf(status),
                PaternityOutcome.valueOf(outcome),
                AgeBand.values()[band],
                count,
                count);
    }

    @Test
    void pendingClaimsAreThoseNeitherClosedNorDeterminedCountedInTheirAgeBand() {
        Tally tally = new Tally();
        assertTrue(tally.add(group("NOTIFIED", "UNDETERMINED", 0, 3)));
        assertTrue(tally.add(group("INCONCLUSIVE", "INCONCLUSIVE", 4, 1)));
        assertTrue(tally.add(group("ON_HOLD", "UNDETERMINED", 2, 2)));
        assertFalse(tally.add(group("PATERNITY_ESTABLISHED", "ESTABLISHED", 1, 5)));
        assertFalse(tally.add(group("CLOSED", "EXCLUDED", 1, 4)));
        assertFalse(tally.add(group("CLOSED", "UNDETERMINED", 3, 1)));

        assertEquals(16, tally.total());
        assertEquals(5, tally.established());
        assertEquals(4, tally.excluded());
        assertEquals(1, tally.inconclusive());
        assertEquals(5, tally.closed());
        assertEquals(6, tally.pending());
        assertEquals(7, tally.unresolved());
        assertEquals(9.0 / 16, tally.resolutionRate(), 1e-12);
        assertEquals(Map.of("under1y", 3L, "1to3y", 0L, "3to5y", 2L, "5to10y", 0L, "over10y", 1L), tally.ageBands());
        assertEquals(
                List.of("under1y", "1to3y", "3to5y", "5to10y", "over10y"),
                new ArrayList<>(tally.ageBands().keySet()));
    }

    @Test
    void noClaimsIsARateOfZeroNotADivisionByZero() {
        Tally tally = new Tally();
        assertEquals(0.0, tally.resolutionRate());
        assertEquals(new BreakdownRow("X", 0, 0, 0, 0.0, 0, tally.ageBands()), tally.row("X"));
    }
}
