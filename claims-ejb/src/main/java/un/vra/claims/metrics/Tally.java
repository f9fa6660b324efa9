package un.vra.claims.metrics;

import java.util.Map;
import un.vra.claims.claim.AgeBand;
import un.vra.claims.claim.ClaimStatus;
import un.vra.claims.claim.Pending;

/**
 * The counts of one set of claims on the as-of day, folded from the database's groups: outcomes, closures,
 * and the pending claims (neither closed nor with paternity determined) by age band.
 */
final class Tally {

    private long total;
    private long established;
    private long excluded;
    private long inconclusive;
    private long closed;
    private long pending;
    private final Map<String, Long> ageBands = AgeBand.emptyCounts();

    /** Adds a group; answers whether its claims are pending. */
    boolean add(MetricsRepository.Group group) {
        total += group.count();
        switch (group.outcome()) {
            case ESTABLISHED -> established += group.count();
            case EXCLUDED -> excluded += group.count();
            case INCONCLUSIVE -> inconclusive += group.count();
            case UNDETERMINED -> {}
        }
        if (group.status() == ClaimStatus.CLOSED) {
            closed += group.count();
        }
        if (!Pending.is(group.status(), group.outcome())) {
            return false;
        }
        pending += group.count();
        ageBands.merge(group.band().key(), group.count(), Long::sum);
        return true;
    }

    long total() {
        return total;
    }

    long established() {
        return established;
    }

    long excluded() {
        return excluded;
    }

    long inconclusive() {
        return inconclusive;
    }

    long closed() {
        return closed;
    }

    long pending() {
        return pending;
    }

    Map<String, Long> ageBands() {
        return ageBands;
    }

    long unresolved() {
        return total - established - excluded;
    }

    /** Established plus excluded over all claims (DOMAIN.md); 0 when there are none. */
    double resolutionRate() {
        return total == 0 ? 0 : (double) (established + excluded) / total;
    }

    BreakdownRow row(String key) {
        return new BreakdownRow(key, total, established, excluded, resolutionRate(), pending, ageBands);
    }
}
