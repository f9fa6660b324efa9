package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import un.vra.claims.claim.AgeBand;
import java.util.Set;
import java.util.TreeMap;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.shared.InvalidInputException;

/**
 * The measures of DOMAIN.md, as the register stood on any date. A focal point's measures are always its own
 * State's, whatever it asks for.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
public class MetricsService {

    @Inject
    private MetricsRepository repository;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    public MetricsSummary summary(LocalDate asOf, MetricsFilter filter) {
        LocalDate day = day(asOf);
        Caller caller = currentCaller.get();
        MetricsFilter scoped = caller.restrictedToMemberState().map(filter::restrictedTo).orElse(filter);
        long total = 0;
        long established = 0;
        long excluded = 0;
        long inconclusive = 0;
        long closed = 0;
        long pendingWithStates = 0;
        Set<String> statesWithPending = new HashSet<>();
        Map<String, Long> ageBands = AgeBand.emptyCounts();
        for (MetricsRepository.Group group : repository.groups(day, scoped)) {
            total += group.count();
            switch (group.outcome()) {
                case "ESTABLISHED" -> established += group.count();
                case "EXCLUDED" -> excluded += group.count();
                case "INCONCLUSIVE" -> inconclusive += group.count();
                default -> { }
            }
            if ("CLOSED".equals(group.status())) {
                closed += group.count();
            } else if (isUndetermined(group)) {
                ageBands.merge(AgeBand.values()[group.band()].key(), group.count(), Long::sum);
                if ("MEMBER_STATE".equals(group.route())) {
                    pendingWithStates += group.count();
                    statesWithPending.add(group.memberState());
                }
            }
        }
        long unresolved = total - established - excluded;
        return new MetricsSummary(day, total, established, excluded, inconclusive, unresolved,
                total == 0 ? 0 : (double) unresolved / total, closed, pendingWithStates, statesWithPending.size(),
                ageBands);
    }

    public List<MemberStateMetrics> memberStates(LocalDate asOf) {
        LocalDate day = day(asOf);
        String only = currentCaller.get().restrictedToMemberState().orElse(null);
        MetricsFilter filter = only == null ? MetricsFilter.none() : MetricsFilter.none().restrictedTo(only);
        Map<String, Long> pending = new TreeMap<>();
        Map<String, Map<String, Long>> bands = new TreeMap<>();
        Map<String, Long> established = new TreeMap<>();
        Map<String, Long> excluded = new TreeMap<>();
        for (MetricsRepository.Group group : repository.groups(day, filter)) {
            if (!"MEMBER_STATE".equals(group.route())) {
                continue;
            }
            String state = group.memberState();
            bands.computeIfAbsent(state, s -> AgeBand.emptyCounts());
            pending.merge(state, 0L, Long::sum);
            if (!"CLOSED".equals(group.status()) && isUndetermined(group)) {
                pending.merge(state, group.count(), Long::sum);
                bands.get(state).merge(AgeBand.values()[group.band()].key(), group.count(), Long::sum);
            }
            if ("ESTABLISHED".equals(group.outcome())) {
                established.merge(state, group.count(), Long::sum);
            } else if ("EXCLUDED".equals(group.outcome())) {
                excluded.merge(state, group.count(), Long::sum);
            }
        }
        Map<String, Double> toAcknowledge = repository.medianDays("notified_on", "acknowledged_on", day, only);
        Map<String, Double> toResult = repository.medianDays("notified_on", "dna_result_on", day, only);
        return pending.keySet().stream().map(state -> new MemberStateMetrics(state, pending.get(state),
                bands.get(state), established.getOrDefault(state, 0L), excluded.getOrDefault(state, 0L),
                toAcknowledge.get(state), toResult.get(state))).toList();
    }

    private static boolean isUndetermined(MetricsRepository.Group group) {
        return !"ESTABLISHED".equals(group.outcome()) && !"EXCLUDED".equals(group.outcome());
    }

    private LocalDate day(LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw new InvalidInputException("asOf", "asOf cannot be in the future");
        }
        return asOf == null ? today : asOf;
    }
}
