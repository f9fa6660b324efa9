package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import un.vra.claims.account.Caller;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.PersonnelCategory;
import un.vra.claims.claim.TimeStandards;

/**
 * The measures of DOMAIN.md, as the register stood on any date. A focal point's measures are always its own
 * State's, whatever it asks for, and only over the claims notified to it by the as-of day: before its
 * notification a claim does not exist for the State.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
public class MetricsService {

    /** "No action in the last 180 days" (DOMAIN.md, responsiveness): no step of the State recorded in them. */
    public static final int IDLE_DAYS = 180;

    @Inject
    private MetricsRepository repository;

    @Inject
    private ResponsivenessRepository responsivenessRepository;

    @Inject
    private RatingRepository ratings;

    @EJB
    private RatingSpanRefresh ratingSpans;

    @Inject
    private ClaimQueries claims;

    @Inject
    private StateTables tables;

    @Inject
    private MajorityRepository majorities;

    @Inject
    private TimeStandards standards;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private Clock clock;

    public MetricsSummary summary(LocalDate asOf, MetricsFilter filter) {
        LocalDate day = day(asOf);
        MetricsFilter scoped = scoped(filter);
        List<MetricsRepository.Group> groups = repository.groups(day, scoped, MetricsDimension.MEMBER_STATE);
        return summary(day, groups, children(day, scoped, groups));
    }

    /**
     * Everything the dashboard shows, from one grouped query per dimension: the summary sums the groups of the
     * breakdown by State, and the trend those of the breakdown by year.
     */
    public DashboardFigures dashboard(LocalDate asOf, MetricsFilter chosen) {
        LocalDate day = day(asOf);
        MetricsFilter filter = scoped(chosen);
        Map<MetricsDimension, List<BreakdownRow>> breakdowns = new EnumMap<>(MetricsDimension.class);
        MetricsSummary summary = null;
        List<TrendPoint> trend = List.of();
        for (MetricsDimension by : MetricsDimension.values()) {
            List<MetricsRepository.Group> groups = repository.groups(day, filter, by);
            NavigableMap<String, Tally> tallies = tallies(by, groups);
            breakdowns.put(by, rows(tallies));
            if (by == MetricsDimension.MEMBER_STATE) {
                summary = summary(day, groups, children(day, filter, groups));
            } else if (by == MetricsDimension.YEAR) {
                trend = trend(tallies);
            }
        }
        return new DashboardFigures(summary, breakdowns, trend);
    }

    /** The children of the groups in all, each once ({@link MetricsRepository#children}). */
    private long children(LocalDate day, MetricsFilter scoped, List<MetricsRepository.Group> groups) {
        return repository.children(day, scoped, null, groups).getOrDefault(null, 0L);
    }

    private static MetricsSummary summary(LocalDate day, List<MetricsRepository.Group> byMemberState, long children) {
        Tally tally = new Tally();
        long pendingWithStates = 0;
        Set<String> statesWithPending = new HashSet<>();
        for (MetricsRepository.Group group : byMemberState) {
            if (tally.add(group) && group.key() != null) {
                pendingWithStates += group.count();
                statesWithPending.add(group.key());
            }
        }
        return new MetricsSummary(
                day,
                tally.total(),
                tally.established(),
                tally.excluded(),
                tally.inconclusive(),
                tally.unresolved(),
                tally.total() == 0 ? 0 : (double) tally.unresolved() / tally.total(),
                tally.resolutionRate(),
                tally.closed(),
                pendingWithStates,
                statesWithPending.size(),
                tally.ageBands(),
                children);
    }

    public List<MemberStateMetrics> memberStates(LocalDate asOf, MetricsFilter filter) {
        LocalDate day = day(asOf);
        MetricsFilter scoped = scoped(filter);
        List<MetricsRepository.Group> groups = repository.groups(day, scoped, MetricsDimension.MEMBER_STATE);
        Map<String, Tally> states = tallies(MetricsDimension.MEMBER_STATE, groups);
        states.remove(null);
        Map<String, Long> children = repository.children(day, scoped, MetricsDimension.MEMBER_STATE, groups);
        OptionalLong generation = spansGeneration();
        Map<String, Double> toAcknowledge = medianDays(ClaimAction.ACKNOWLEDGE, day, generation);
        Map<String, Double> toResult = medianDays(ClaimAction.RECORD_DNA_RESULT, day, generation);
        return states.entrySet().stream()
                .map(state -> new MemberStateMetrics(
                        state.getKey(),
                        state.getValue().pending(),
                        state.getValue().ageBands(),
                        state.getValue().established(),
                        state.getValue().excluded(),
                        toAcknowledge.get(state.getKey()),
                        toResult.get(state.getKey()),
                        children.getOrDefault(state.getKey(), 0L)))
                .toList();
    }

    /**
     * The children of open claims who come of age in the 24 months from {@code asOf} (default today), by State;
     * a focal point's own State only. Counted on the claims' status today, not as it stood on {@code asOf}.
     */
    public List<ComingMajority> comingMajorities(LocalDate asOf) {
        return majorities.byMemberState(
                day(asOf), currentCaller.get().restrictedToMemberState().orElse(null));
    }

    /**
     * The claims grouped by one dimension, a row per value, in the value's order (categories in their
     * declared order, the UN route's claims last in a breakdown by State).
     */
    public List<BreakdownRow> breakdown(LocalDate asOf, MetricsDimension by, MetricsFilter filter) {
        return rows(tallies(day(asOf), filter, by));
    }

    /** The claims of each year received, from the first to the last year with claims, none left out. */
    public List<TrendPoint> trend(LocalDate asOf, MetricsFilter filter) {
        return trend(tallies(day(asOf), filter, MetricsDimension.YEAR));
    }

    /**
     * The allegations by year, and the claims they gave, over the claims that pass the filter on the as-of day; a
     * focal point's over its own State's notified claims only.
     */
    public List<AllegationYear> allegations(LocalDate asOf, MetricsFilter filter) {
        LocalDate day = day(asOf);
        return repository.allegations(day, scoped(filter));
    }

    private static List<BreakdownRow> rows(NavigableMap<String, Tally> tallies) {
        return tallies.entrySet().stream()
                .map(entry -> entry.getValue().row(entry.getKey()))
                .toList();
    }

    private static List<TrendPoint> trend(NavigableMap<String, Tally> years) {
        List<TrendPoint> points = new ArrayList<>();
        if (years.isEmpty()) {
            return points;
        }
        Tally none = new Tally();
        int first = Integer.parseInt(years.firstKey());
        int last = Integer.parseInt(years.lastKey());
        for (int year = first; year <= last; year++) {
            Tally tally = years.getOrDefault(String.valueOf(year), none);
            points.add(
                    new TrendPoint(year, tally.total(), tally.established(), tally.excluded(), tally.resolutionRate()));
        }
        return points;
    }

    /**
     * A State's responsiveness beside the median of all States that answer for claims on the as-of day. A focal
     * point always gets its own State's; other roles name a State, or none for the medians alone. No other
     * State is ever named. Each figure is over the claims the State answers for (see
     * {@link ResponsivenessRepository}); the idle share is over its pending claims in its turn.
     */
    public Responsiveness responsiveness(LocalDate asOf, String memberState) {
        LocalDate day = day(asOf);
        String state = currentCaller.get().restrictedToMemberState().orElse(memberState);
        OptionalLong generation = spansGeneration();
        Map<String, ResponsivenessRepository.StateActivity> activity = tables.get(
                "activity",
                day,
                generation,
                () -> Collections.unmodifiableMap(responsivenessRepository.activity(
                        day, IDLE_DAYS, standards.acknowledgeDays(), generation.isPresent())));
        Set<String> withClaims = activity.keySet();
        Map<String, Double> idleShares = new HashMap<>();
        Map<String, Double> acknowledgedInTime = new HashMap<>();
        activity.forEach((code, counts) -> {
            if (counts.waiting() > 0) {
                idleShares.put(code, (double) counts.idle() / counts.waiting());
            }
            if (counts.acknowledgedInTime() != null) {
                acknowledgedInTime.put(code, counts.acknowledgedInTime());
            }
        });
        return new Responsiveness(
                day,
                state,
                standards.acknowledgeDays(),
                IDLE_DAYS,
                StateFigure.of(state, withClaims, acknowledgedInTime, null),
                StateFigure.of(state, withClaims, medianDays(ClaimAction.RECORD_DNA_RESULT, day, generation), null),
                StateFigure.of(state, withClaims, idleShares, null),
                StateFigure.of(
                        state,
                        withClaims,
                        tables.get(
                                "overdue",
                                day,
                                generation,
                                () -> Collections.unmodifiableMap(claims.overdueByMemberState(day))),
                        0.0));
    }

    /** Every State's median days to {@code step} ({@link ResponsivenessRepository#medianDays}). */
    private Map<String, Double> medianDays(ClaimAction step, LocalDate day, OptionalLong generation) {
        return tables.get(
                "median-days-" + step,
                day,
                generation,
                () -> Collections.unmodifiableMap(
                        responsivenessRepository.medianDays(step, day, null, generation.isPresent())));
    }

    /**
     * The generation of the ratings' maintained spans ({@link RatingRepository#spansGeneration}), once the spans of
     * the claims written since are written anew; none when the responsiveness figures cannot be read from them.
     */
    private OptionalLong spansGeneration() {
        ratingSpans.refresh();
        return ratings.spansGeneration();
    }

    /** The tallies by the dimension's value, in its order; a focal point's only over its own State's claims. */
    private NavigableMap<String, Tally> tallies(LocalDate day, MetricsFilter filter, MetricsDimension by) {
        return tallies(by, repository.groups(day, scoped(filter), by));
    }

    private static NavigableMap<String, Tally> tallies(MetricsDimension by, List<MetricsRepository.Group> groups) {
        NavigableMap<String, Tally> tallies = new TreeMap<>(order(by));
        for (MetricsRepository.Group group : groups) {
            tallies.computeIfAbsent(group.key(), key -> new Tally()).add(group);
        }
        return tallies;
    }

    static Comparator<String> order(MetricsDimension by) {
        Comparator<String> natural = by == MetricsDimension.CATEGORY
                ? Comparator.comparing(key -> PersonnelCategory.valueOf(key).ordinal())
                : Comparator.naturalOrder();
        return Comparator.nullsLast(natural);
    }

    private MetricsFilter scoped(MetricsFilter filter) {
        Caller caller = currentCaller.get();
        return caller.restrictedToMemberState().map(filter::restrictedTo).orElse(filter);
    }

    private LocalDate day(LocalDate asOf) {
        return AsOfDay.of(asOf, clock);
    }
}
