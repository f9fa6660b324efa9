package un.vra.claims.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/** Age bands of pending claims by time since receipt (DOMAIN.md): under 1 year, 1-3, 3-5, 5-10, over 10. */
enum AgeBand {
    UNDER_1Y("under1y"),
    FROM_1_TO_3Y("1to3y"),
    FROM_3_TO_5Y("3to5y"),
    FROM_5_TO_10Y("5to10y"),
    OVER_10Y("over10y");

    private final String key;

    AgeBand(String key) {
        this.key = key;
    }

    /** The SQL expression giving a band's ordinal for a claim received on {@code received_on}, as of ?1. */
    static String sqlOrdinal() {
        return "CASE WHEN p.received_on > DATE_SUB(?1, INTERVAL 1 YEAR) THEN 0"
                + " WHEN p.received_on > DATE_SUB(?1, INTERVAL 3 YEAR) THEN 1"
                + " WHEN p.received_on > DATE_SUB(?1, INTERVAL 5 YEAR) THEN 2"
                + " WHEN p.received_on > DATE_SUB(?1, INTERVAL 10 YEAR) THEN 3 ELSE 4 END";
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
