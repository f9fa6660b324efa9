package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import un.vra.claims.account.CurrentCaller;
import un.vra.claims.account.Role;
import un.vra.claims.audit.AuditTrail;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The task force's table of every State's responsiveness and rating band, with the trend against the same day a
 * year before; the thresholds of the bands, which the VRA administrators set. A focal point sees only its own
 * State's band and how many States are in each band: never the table, never another State's name.
 */
@Stateless
public class RatingService {

    @Inject
    private RatingRepository ratings;

    @Inject
    private CurrentCaller currentCaller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @EJB
    private RatingSpanRefresh spans;

    @Inject
    private StateTables tables;

    /** One page of the States' ratings on {@code asOf} (default today), sorted by the database, each with its trend. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
    public PageResult<StateRating> ratings(LocalDate asOf, RatingSort sort, PageRequest page) {
        spans.refresh();
        LocalDate day = AsOfDay.of(asOf, clock);
        return page(day, ratings.thresholds(), sort, page);
    }

    /**
     * The page with its trend, kept with the other tables of all States while the spans keep their generation
     * ({@link StateTables}): every write of a claim a State answers for raises it, so a page is computed again only
     * after such a write (1.5 s at a million claims, of which reading every State's DNA results took most).
     */
    private PageResult<StateRating> page(
            LocalDate day, RatingThresholds thresholds, RatingSort sort, PageRequest page) {
        return tables.get(
                "ratings",
                day,
                ratings.spansGeneration(),
                () -> withTrend(day, thresholds, ratings.page(day, thresholds, sort, page)),
                thresholds,
                sort,
                page);
    }

    /** Every State's rating in the order asked, read a page of the database at a time, for an export. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
    public Iterable<StateRating> all(LocalDate asOf, RatingSort sort) {
        spans.refresh();
        LocalDate day = AsOfDay.of(asOf, clock);
        RatingThresholds thresholds = ratings.thresholds();
        return () -> new Iterator<>() {
            private int page;
            private Iterator<StateRating> rows = read();
            private boolean last;

            private Iterator<StateRating> read() {
                PageResult<StateRating> result =
                        page(day, thresholds, sort, new PageRequest(page++, PageRequest.MAX_SIZE));
                last = result.items().size() < PageRequest.MAX_SIZE;
                return result.items().iterator();
            }

            @Override
            public boolean hasNext() {
                if (!rows.hasNext() && !last) {
                    rows = read();
                }
                return rows.hasNext();
            }

            @Override
            public StateRating next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return rows.next();
            }
        };
    }

    /** How many States are in each band on {@code asOf} (default today); a focal point's own band beside. */
    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
    public RatingDistribution distribution(LocalDate asOf) {
        spans.refresh();
        LocalDate day = AsOfDay.of(asOf, clock);
        RatingThresholds thresholds = ratings.thresholds();
        Map<String, RatingBand> bands =
                tables.get("bands", day, ratings.spansGeneration(), () -> ratings.bands(day, thresholds), thresholds);
        return RatingDistribution.of(
                day, currentCaller.get().restrictedToMemberState().orElse(null), bands, thresholds);
    }

    @RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK, Role.FOCAL})
    public RatingThresholds thresholds() {
        return ratings.thresholds();
    }

    /** Sets the thresholds of the bands; the change is logged with the thresholds before and after. */
    @RolesAllowed(Role.ADMIN)
    public RatingThresholds changeThresholds(RatingThresholds requested) {
        RatingThresholds thresholds = requested.validated();
        RatingThresholds before = ratings.thresholds();
        ratings.save(thresholds, clock.instant(), currentCaller.get().username());
        audit.ratingThresholdsChanged(
                currentCaller.get(), "rating thresholds from " + before.describe() + " to " + thresholds.describe());
        return ratings.thresholds();
    }

    private PageResult<StateRating> withTrend(
            LocalDate day, RatingThresholds thresholds, PageResult<StateRating> page) {
        List<String> states =
                page.items().stream().map(StateRating::memberState).toList();
        Map<String, StateRating> before = ratings.of(day.minusYears(1), thresholds, states);
        return page.map(rating -> {
            StateRating then = before.get(rating.memberState());
            return then == null
                    ? rating
                    : rating.withPrevious(new StateRating.Previous(
                            then.pending(),
                            then.acknowledgedInTimeShare(),
                            then.medianDaysToDnaResult(),
                            then.idlePendingShare(),
                            then.band()));
        });
    }
}
