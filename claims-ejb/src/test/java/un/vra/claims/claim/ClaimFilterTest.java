package un.vra.claims.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ClaimFilterTest {

    @Test
    void theAuditTrailReadsOnlyTheFiltersThatAreSet() {
        assertEquals("all claims", ClaimFilter.none().describe());
        assertEquals(
                "status=NOTIFIED memberState=NPL receivedFrom=2024-01-01 q=SEA-2024 overdue=true",
                new ClaimFilter(
                                ClaimStatus.NOTIFIED,
                                "NPL",
                                null,
                                null,
                                LocalDate.of(2024, 1, 1),
                                null,
                                "SEA-2024",
                                null,
                                null,
                                true,
                                false)
                        .describe());
    }
}
