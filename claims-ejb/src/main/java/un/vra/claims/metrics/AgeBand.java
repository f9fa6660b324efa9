package un.vra.claims.metrics;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** Age bands of pending claims by time since receipt (DOMAIN.md): under 1 year, 1-3, 3-5, 5-10, over 10. */
enum AgeBand {
    UNDER_1Y("under1y", 1),
    FROM_1_TO_3Y("1to3y", 3),
    FROM_3_TO_5Y("3to5y", 5),
    FROM_5_TO_10Y("5to10y", 10),
    OVER_10Y("over10y", Integer.MAX_VALUE);

    private final String key;
    private final int upToYears;

    AgeBand(String key, int upToYears) {
        this.key = key;
        this.upToYears = upToYears;
    }

    /** The SQL expression giving a band's ordinal for a claim received on {@code received_on}, as of ?1. */
    static String sqlOrdinal() {
        return "CASE WHEN p.received_on > DATE_SUB(?1, INTERVAL 1 YEAR) THEN 0"
                + " WHEN p.received_on > DATE_SUB(?1, INTERVAL 3 YEAR) THEN 1"
                + " WHEN p.received_on > DATE_SUB(?1, INTERVAL 5 YEAR) THEN 2"
                + " WHEN p.received_on > DATE_SUB(?1, INTERVAL 10 YEAR) THEN 3 ELSE 4 END";
    }

    /** The band of a claim received on a day, as of another; a claim received exactly a year ago is 1-3. */
    static AgeBand of(LocalDate receivedOn, LocalDate asOf) {
        for (AgeBand band : values()) {
            if (band.upToYears == Integer.MAX_VALUE || receivedOn.isAfter(asOf.minusYears(band.upToYears))) {
                return band;
            }
        }
        return OVER_10Y;
    }

    static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AgeBand band : values()) {
            counts.put(band.key, 0L);
        }
        return counts;
    }

    String key() {
        return key;
    }
}
