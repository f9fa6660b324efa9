package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The SQL of the measures is a translation of the domain's definitions, with days as parameters. */
class MeasureSqlTest {

    @Test
    void pendingIsTheDomainsOpenStatusesAndUndeterminedOutcomes() {
        String pending = MeasureSql.pending("p");
        assertTrue(pending.contains("'ON_HOLD'") && !pending.contains("'CLOSED'"), pending);
        assertTrue(pending.endsWith("p.paternity_outcome IN ('INCONCLUSIVE', 'UNDETERMINED')"), pending);
    }

    @Test
    void theAgeBandCaseTakesEachBoundFromTheDomainAsADayParameter() {
        NativeSql sql = new NativeSql(LocalDate.of(2024, 6, 30));
        assertEquals(
                "CASE WHEN p.received_on > ?2 THEN 0 WHEN p.received_on > ?3 THEN 1"
                        + " WHEN p.received_on > ?4 THEN 2 WHEN p.received_on > ?5 THEN 3 ELSE 4 END",
                MeasureSql.ageBand(sql, "p", LocalDate.of(2024, 6, 30)));
    }
}
