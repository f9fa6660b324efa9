package un.vra.claims.metrics;

import java.io.Serializable;
import java.util.Map;

/** One State's row: its pending claims and their ages, outcomes, and how fast it responds (medians in days), its children. */
public record MemberStateMetrics(
        String memberState,
        long pending,
        Map<String, Long> ageBands,
        long established,
        long excluded,
        Double medianDaysToAcknowledge,
        Double medianDaysToDnaResult,
        long children)
        implements Serializable {}
