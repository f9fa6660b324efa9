package un.vra.claims.backoffice;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import un.vra.claims.metrics.BreakdownRow;

class MetricsTableTest {

    private static final MetricsTable.Columns COLUMNS =
            new MetricsTable.Columns("Claims", "Established", "Excluded", "Resolution rate", "Pending");

    @Test
    void eachBreakdownRowBecomesALabelledRowWithItsCountsRateAndAgeBandsInHeaderOrder() {
        Map<String, Long> bands = new LinkedHashMap<>();
        bands.put("under1y", 1L);
        bands.put("1to3y", 2L);
        MetricsTable table = MetricsTable.of(
                "by-member-state",
                "By Member State",
                "Member State",
                COLUMNS,
                List.of("Under 1 year", "1 to 3 years"),
                List.of(
                        new BreakdownRow("NPL", 8, 2, 1, 0.375, 3, bands),
                        new BreakdownRow(null, 1, 0, 0, 0.0, 0, Map.of())),
                key -> key == null ? "UN route" : key);

        assertEquals(
                List.of(
                        "Member State",
                        "Claims",
                        "Established",
                        "Excluded",
                        "Resolution rate",
                        "Pending",
                        "Under 1 year",
                        "1 to 3 years"),
                table.headers());
        assertEquals(List.of("NPL", 8L, 2L, 1L, 0.375, 3L, 1L, 2L), table.rows().get(0));
        assertEquals("UN route", table.rows().get(1).get(0));
        assertEquals(table.headers().size(), table.rows().get(0).size());
    }
}
