package un.vra.claims.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import un.vra.claims.shared.InvalidInputException;

class MetricsDimensionTest {

    @Test
    void eachDimensionIsReadByItsKeyAndAnythingElseIsRefusedNamingTheParameter() {
        assertEquals(MetricsDimension.MEMBER_STATE, MetricsDimension.parse("memberState"));
        assertEquals(MetricsDimension.YEAR, MetricsDimension.parse(" year "));
        assertEquals(
                "by",
                assertThrows(InvalidInputException.class, () -> MetricsDimension.parse("state"))
                        .field());
        assertEquals(
                "by",
                assertThrows(InvalidInputException.class, () -> MetricsDimension.parse(null))
                        .field());
    }

    @Test
    void categoriesKeepTheirDeclaredOrderAndTheUnRouteComesLast() {
        List<String> categories = new ArrayList<>(Arrays.asList("CIVILIAN", "MILITARY_CONTINGENT", "CONTRACTOR"));
        categories.sort(MetricsService.order(MetricsDimension.CATEGORY));
        assertEquals(List.of("MILITARY_CONTINGENT", "CIVILIAN", "CONTRACTOR"), categories);

        List<String> states = new ArrayList<>(Arrays.asList("ZAF", null, "BGD"));
        states.sort(MetricsService.order(MetricsDimension.MEMBER_STATE));
        assertEquals(Arrays.asList("BGD", "ZAF", null), states);
    }
}
