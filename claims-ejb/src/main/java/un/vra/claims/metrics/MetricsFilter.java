package un.vra.claims.metrics;

import java.time.LocalDate;
import java.util.List;

/**
 * The set of claims a measure is taken over; null or empty means "any". {@code claimType} is a {@code ClaimType}'s
 * name, {@code hostCountry} the code of the country hosting the claim's mission. {@code notifiedOnly} keeps the
 * claims notified by the as-of day: a State's view, in which a claim the UN has not yet notified does not exist.
 */
public record MetricsFilter(
        String memberState,
        List<String> missions,
        String category,
        LocalDate receivedFrom,
        LocalDate receivedTo,
        String claimType,
        String hostCountry,
        boolean notifiedOnly) {

    public MetricsFilter {
        missions = missions == null ? List.of() : List.copyOf(missions);
    }

    public MetricsFilter(
            String memberState,
            List<String> missions,
            String category,
            LocalDate receivedFrom,
            LocalDate receivedTo,
            String claimType,
            String hostCountry) {
        this(memberState, missions, category, receivedFrom, receivedTo, claimType, hostCountry, false);
    }

    public MetricsFilter(
            String memberState, List<String> missions, String category, LocalDate receivedFrom, LocalDate receivedTo) {
        this(memberState, missions, category, receivedFrom, receivedTo, null, null);
    }

    public static MetricsFilter none() {
        return new MetricsFilter(null, List.of(), null, null, null);
    }

    /** The same filter as the State sees it: its own claims, from their notification. */
    MetricsFilter restrictedTo(String state) {
        return new MetricsFilter(state, missions, category, receivedFrom, receivedTo, claimType, hostCountry, true);
    }
}
