package un.vra.claims.metrics;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * The register as it stood at the end of {@code asOf}. Resolution counts established plus excluded claims
 * ({@code resolutionRate} is their share of all claims); age bands count claims neither determined nor closed,
 * by days since receipt. {@code children} counts the children of the claims, each once however many claims
 * name it.
 */
public record MetricsSummary(
        LocalDate asOf,
        long total,
        long established,
        long excluded,
        long inconclusive,
        long unresolved,
        double unresolvedShare,
        double resolutionRate,
        long closed,
        long pendingWithMemberStates,
        long memberStatesWithPending,
        Map<String, Long> ageBands,
        long children)
        implements Serializable {}
