package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import un.vra.claims.account.Role;
import un.vra.claims.shared.InvalidInputException;
import un.vra.claims.shared.PageRequest;
import un.vra.claims.shared.PageResult;

/**
 * The task force's cohorts: for the claims received each year (by State, mission or category), the share resolved
 * within one, two, five and ten years and the median time to resolution, with still unresolved claims treated as
 * still running (Kaplan-Meier). Over every State: not for focal points.
 */
@Stateless
@RolesAllowed({Role.OFFICER, Role.ADMIN, Role.TASK})
public class CohortService {

    /** The earliest year received a cohort may start at, and the most years one request covers. */
    static final int FIRST_YEAR = 1990;

    static final int MAX_YEARS = 40;

    @Inject
    private CohortRepository cohorts;

    @Inject
    private Clock clock;

    /**
     * The cohorts of the years {@code from} (default ten years before {@code to}) to {@code to} (default the as-of
     * day's year), as of {@code asOf} (default today), by {@code by} (default the year alone), of one claim type
     * and one host country where given (null: any).
     */
    public PageResult<Cohort> cohorts(
            LocalDate asOf,
            MetricsDimension by,
            Integer from,
            Integer to,
            String claimType,
            String hostCountry,
            PageRequest page) {
        LocalDate day = AsOfDay.of(asOf, clock);
        int last = to == null ? day.getYear() : to;
        int first = from == null ? last - 9 : from;
        if (last > day.getYear()) {
            throw new InvalidInputException("to", "to cannot come after the as-of day's year");
        }
        if (first < FIRST_YEAR || first > last || last - first >= MAX_YEARS) {
            throw new InvalidInputException(
                    "from",
                    "from must be " + FIRST_YEAR + " or later, at most to, and within " + MAX_YEARS + " years of it");
        }
        return cohorts.cohorts(
                day,
                by == null ? MetricsDimension.YEAR : by,
                new CohortRepository.Years(first, last, claimType, hostCountry),
                page);
    }
}
