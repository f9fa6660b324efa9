package un.vra.claims.metrics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The register as it stood at the end of {@code asOf}. Resolution counts established plus excluded claims;
 * age bands count claims neither determined nor closed, by days since receipt.
 */
public record MetricsSummary(LocalDate asOf, long total, long established, long excluded, long inconclusive,
                             long unresolved, double unresolvedShare, long closed, long pendingWithMemberStates,
                             long memberStatesWithPending, Map<String, Long> ageBands) implements Serializable {
}
