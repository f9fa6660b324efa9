package un.vra.claims.claim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import un.vra.claims.shared.InvalidInputException;

/** Age bands of pending claims by time since receipt (DOMAIN.md): under 1 year, 1-3, 3-5, 5-10, over 10. */
public enum AgeBand {
    UNDER_1Y("under1y", 0, 1),
    FROM_1_TO_3Y("1to3y", 1, 3),
    FROM_3_TO_5Y("3to5y", 3, 5),
    FROM_5_TO_10Y("5to10y", 5, 10),
    OVER_10Y("over10y", 10, null);

    private final String key;
    private final int fromYears;
    private final Integer toYears;

    AgeBand(String key, int fromYears, Integer toYears) {
        this.key = key;
        this.fromYears = fromYears;
        this.toYears = toYears;
    }

    /**
     * The band of a claim received on {@code receivedOn}, as of {@code asOf}: the first band whose lower bound it
     * was received after. The query layer translates the same bounds into SQL, so both count alike.
     */
    public static AgeBand of(LocalDate receivedOn, LocalDate asOf) {
        for (AgeBand band : values()) {
            LocalDate after = band.receivedAfter(asOf);
            if (after == null || receivedOn.isAfter(after)) {
                return band;
            }
        }
        throw new IllegalStateException("the oldest band has no lower bound");
    }

    public static Map<String, Long> emptyCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (AgeBand band : values()) {
            counts.put(band.key, 0L);
        }
        return counts;
    }

    /** Reads a band by its key ({@code under1y}, {@code 1to3y}, ...); blank means none. */
    public static AgeBand parse(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        for (AgeBand band : values()) {
            if (band.key.equals(key.trim())) {
                return band;
            }
        }
        throw new InvalidInputException("ageBand", "ageBand must be one of under1y, 1to3y, 3to5y, 5to10y, over10y");
    }

    public String key() {
        return key;
    }

    /** The age in whole years at which a claim leaves this band for the next; null for the oldest band. */
    public Integer toYears() {
        return toYears;
    }

    /** Claims of this band were received after this day, as of {@code today}; null for the oldest band. */
    public LocalDate receivedAfter(LocalDate today) {
        return toYears == null ? null : today.minusYears(toYears);
    }

    /** Claims of this band were received on or before this day, as of {@code today}. */
    public LocalDate receivedOnOrBefore(LocalDate today) {
        return today.minusYears(fromYears);
    }
}
