package un.vra.claims.metrics;

import java.time.LocalDate;
import java.util.List;

/** The set of claims a measure is taken over; null or empty means "any". */
public record MetricsFilter(String memberState, List<String> missions, String category, LocalDate receivedFrom,
                            LocalDate receivedTo) {

    public MetricsFilter {
        missions = missions == null ? List.of() : List.copyOf(missions);
    }

    public static MetricsFilter none() {
        return new MetricsFilter(null, List.of(), null, null, null);
    }

    MetricsFilter restrictedTo(String state) {
        return new MetricsFilter(state, missions, category, receivedFrom, receivedTo);
    }
}
