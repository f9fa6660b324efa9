package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.stream.Stream;
import un.vra.claims.account.Role;
import un.vra.claims.claim.ClaimAction;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.claim.Pending;
import un.vra.claims.shared.InvalidInputException;

/**
 * The maintained measures, for VRA administrators: the rebuild from the state periods, and the drift check, which
 * compares the stored rows with the periods and the figures read from them with the figures counted from the
 * periods, for every breakdown as of one day.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class MeasureService {

    /** The dimension under which a drift check lists the differences of a State's own view, from its notifications. */
    static final String NOTIFIED = "notifiedToTheState";

    /** The most differences a drift check lists (it counts them all). */
    public static final int DRIFT_LISTED = 100;

    private static final Logger LOG = Logger.getLogger(MeasureService.class.getName());

    /** A rebuild done: the rows written, the ratings' spans written, and the time it took. */
    public record Rebuild(LocalDate rebuiltOn, long rows, long ratingSpans, long millis) implements Serializable {}

    /** A group whose figure read from the maintained rows is not the one counted from the periods. */
    public record FigureDrift(
            String dimension,
            String key,
            String route,
            String status,
            String outcome,
            String ageBand,
            long maintained,
            long counted,
            long maintainedChildren,
            long countedChildren)
            implements Serializable {}

    /**
     * The drift check: whether the measures were ever rebuilt, the stored rows that differ from the periods (by
     * kind), and the figures as of {@code asOf} that differ (with {@code memberState}, the State's own row only:
     * the rows are kept per State, not per State and mission); the ratings that differ, and the counts of the children
     * coming of age that differ from the children ({@link MajorityRepository#drift}).
     */
    public record Drift(
            LocalDate asOf,
            String memberState,
            boolean built,
            long dayRows,
            long monthRows,
            long yearRows,
            List<MeasureRepository.Drift> rows,
            long figures,
            List<FigureDrift> differentFigures,
            boolean ratingsBuilt,
            List<String> differentRatings,
            List<String> differentMajorities)
            implements Serializable {

        public boolean none() {
            return dayRows == 0
                    && monthRows == 0
                    && yearRows == 0
                    && figures == 0
                    && differentRatings.isEmpty()
                    && differentMajorities.isEmpty();
        }
    }

    @Inject
    private MeasureRepository measures;

    @Inject
    private MetricsRepository metrics;

    @Inject
    private RatingRepository ratings;

    @Inject
    private MajorityRepository majorities;

    @Inject
    private ResponsivenessRepository responsiveness;

    @EJB
    private RatingSpanRefresh ratingSpans;

    @EJB
    private RebuildSteps steps;

    @Inject
    private Clock clock;

    /**
     * Claims whose spans one transaction of a rebuild writes: about 5 s at a million claims on two cores (the test
     * server writes a few at a time, so that its rebuilds cross many ranges); at least one, whatever is set.
     */
    static final int CLAIMS_PER_RANGE = Math.max(1, Integer.getInteger("claims.rebuild.claims-per-range", 10_000));

    /**
     * Writes every maintained figure anew: the ratings' spans a range of claims per transaction
     * ({@link RatingRepository#beginRebuild}; a single statement over a million claims ran past its 30 minutes), then
     * the measures' rows from the state periods in one transaction, on a connection whose reads wait as long as its
     * statements may last, reading committed periods without locking them ({@link MeasureRepository#rebuilding}):
     * the figures stay exact meanwhile. Most of an hour at a million claims: run it as a job ({@link MeasureJobs}).
     *
     * <p>While the spans are written, the ratings are counted from the claims, as before a first rebuild; the claims
     * written meanwhile have their spans written anew right after. A rebuild that fails there leaves them counted so
     * until the next rebuild ends. While the measures' rows are written, a claim's new period waits for them (the
     * years, deleted first, stay locked until they are written anew).
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Rebuild rebuild() {
        long start = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        long spans = ratingSpansAnew();
        long spansMillis = millisSince(start);
        long rows = steps.measureRows(today);
        long millis = millisSince(start);
        LOG.info(() -> "measures rebuilt from the state periods: " + spans + " rating spans in " + spansMillis
                + " ms, then " + rows + " rows, " + millis + " ms in all");
        return new Rebuild(today, rows, spans, millis);
    }

    /** The ratings' spans of every claim written anew, then those of the claims written meanwhile; the spans. */
    private long ratingSpansAnew() {
        long last = steps.beginRatings(clock.instant());
        long spans = 0;
        for (long first = 0; first <= last; first += CLAIMS_PER_RANGE) {
            spans += steps.ratingsRange(first, first + CLAIMS_PER_RANGE - 1);
        }
        steps.endRatings(clock.instant());
        ratingSpans.refresh();
        return spans;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    /**
     * The day a drift check compares the figures of: {@code asOf}, today without it.
     *
     * @throws InvalidInputException when it is in the future
     */
    public LocalDate driftDay(LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (asOf != null && asOf.isAfter(today)) {
            throw new InvalidInputException("asOf", "asOf cannot be in the future");
        }
        return asOf == null ? today : asOf;
    }

    /**
     * The drift as of {@code day} ({@link #driftDay}), of every State or of {@code memberState}'s claims only.
     * Reads every period, like a rebuild: seconds to minutes on a large register; run it as a job
     * ({@link MeasureJobs}).
     */
    public Drift drift(LocalDate day, MemberStateCode memberState) {
        ratingSpans.refresh();
        String state = memberState == null ? null : memberState.value();
        return measures.withLongReads(() -> driftOf(day, state));
    }

    private Drift driftOf(LocalDate day, String state) {
        MeasureRepository.DriftReport stored = measures.drift(DRIFT_LISTED);
        boolean built = false;
        List<FigureDrift> figures = new ArrayList<>();
        long differing = 0;
        MetricsFilter filter = new MetricsFilter(state, List.of(), null, null, null);
        for (MetricsDimension by : MetricsDimension.values()) {
            if (state != null && by != MetricsDimension.MEMBER_STATE) {
                continue;
            }
            Optional<List<MetricsRepository.Group>> maintained = measures.groups(day, state, by, false);
            if (maintained.isEmpty()) {
                continue;
            }
            built = true;
            differing += figureDrift(by.key(), maintained.get(), metrics.counted(day, filter, by), figures);
            if (by == MetricsDimension.MEMBER_STATE) {
                differing += childrenDrift(day, filter, maintained.get(), figures);
            }
        }
        if (built && state != null) {
            differing += figureDrift(
                    NOTIFIED,
                    measures.groups(day, state, MetricsDimension.MEMBER_STATE, true)
                            .orElseThrow(),
                    metrics.counted(day, filter.restrictedTo(state), MetricsDimension.MEMBER_STATE),
                    figures);
        }
        boolean ratingsBuilt = ratings.spansUsable();
        List<String> differentRatings = ratingsBuilt
                ? Stream.concat(ratings.spanDrift(day, ratings.thresholds()).stream(), acknowledgementDrift(day))
                        .limit(DRIFT_LISTED)
                        .toList()
                : List.of();
        return new Drift(
                day,
                state,
                built,
                stored.dayRows(),
                stored.monthRows(),
                stored.yearRows(),
                stored.first(),
                differing,
                figures,
                ratingsBuilt,
                differentRatings,
                majorities.drift(state, DRIFT_LISTED));
    }

    /**
     * Adds to {@code figures} each group whose figure or children read from the maintained rows differ from those
     * counted from the periods, under {@code dimension}; how many differ.
     */
    private static long figureDrift(
            String dimension,
            List<MetricsRepository.Group> maintained,
            List<MetricsRepository.Group> counted,
            List<FigureDrift> figures) {
        Map<String, long[]> both = new TreeMap<>();
        tally(both, maintained, 0);
        tally(both, counted, 1);
        long differing = 0;
        for (Map.Entry<String, long[]> group : both.entrySet()) {
            long[] counts = group.getValue();
            if (counts[0] != counts[1] || counts[2] != counts[3]) {
                differing++;
                if (figures.size() < DRIFT_LISTED) {
                    String[] parts = group.getKey().split("\\|", -1);
                    figures.add(new FigureDrift(
                            dimension, parts[0], parts[1], parts[2], parts[3], parts[4], counts[0], counts[1],
                            counts[2], counts[3]));
                }
            }
        }
        return differing;
    }

    /**
     * Adds to {@code figures} each State ('' for the UN route) whose children as of {@code day}, as the figures read
     * them (the groups' sums less the children named twice or more, {@code claim_child.shared}), differ from the
     * children counted one by one from the periods; how many differ.
     */
    private long childrenDrift(
            LocalDate day, MetricsFilter filter, List<MetricsRepository.Group> groups, List<FigureDrift> figures) {
        Map<String, long[]> both = new TreeMap<>();
        metrics.children(day, filter, MetricsDimension.MEMBER_STATE, groups)
                .forEach((key, children) ->
                        both.computeIfAbsent(Objects.toString(key, ""), k -> new long[2])[0] += children);
        metrics.countedChildren(day, filter, MetricsDimension.MEMBER_STATE)
                .forEach((key, children) ->
                        both.computeIfAbsent(Objects.toString(key, ""), k -> new long[2])[1] += children);
        long differing = 0;
        for (Map.Entry<String, long[]> state : both.entrySet()) {
            long[] children = state.getValue();
            if (children[0] != children[1]) {
                differing++;
                if (figures.size() < DRIFT_LISTED) {
                    figures.add(new FigureDrift(
                            MetricsDimension.MEMBER_STATE.key(),
                            state.getKey(),
                            "",
                            "",
                            "",
                            "",
                            0,
                            0,
                            children[0],
                            children[1]));
                }
            }
        }
        return differing;
    }

    /** Each State whose median days to an acknowledgement as of {@code day} differs between the spans and the events. */
    private Stream<String> acknowledgementDrift(LocalDate day) {
        Map<String, Double> spans = responsiveness.medianDays(ClaimAction.ACKNOWLEDGE, day, null, true);
        Map<String, Double> counted = responsiveness.medianDays(ClaimAction.ACKNOWLEDGE, day, null, false);
        return Stream.concat(spans.keySet().stream(), counted.keySet().stream())
                .distinct()
                .sorted()
                .filter(state -> !Objects.equals(spans.get(state), counted.get(state)))
                .map(state -> state + ": median days to acknowledge, spans " + spans.get(state) + ", counted "
                        + counted.get(state));
    }

    /**
     * Adds the groups' counts at {@code side} and their children at {@code side + 2}, by key, route, status, outcome and (for pending claims only: no
     * measure reads the band of others) age band.
     */
    private static void tally(Map<String, long[]> both, List<MetricsRepository.Group> groups, int side) {
        for (MetricsRepository.Group group : groups) {
            String band =
                    Pending.is(group.status(), group.outcome()) ? group.band().key() : "";
            String key = String.join(
                    "|",
                    group.key() == null ? "" : group.key(),
                    group.route().name(),
                    group.status().name(),
                    group.outcome().name(),
                    band);
            long[] counts = both.computeIfAbsent(key, k -> new long[4]);
            counts[side] += group.count();
            counts[side + 2] += group.children();
        }
    }
}
