package un.vra.claims.metrics;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of a breakdown: the claims of one State, mission, personnel category or year received as they
 * stood on the as-of day. {@code key} is null for the claims on the UN route in a breakdown by State.
 */
public record BreakdownRow(
        String key,
        long claims,
        long established,
        long excluded,
        double resolutionRate,
        long pending,
        Map<String, Long> ageBands)
        implements Serializable {}
