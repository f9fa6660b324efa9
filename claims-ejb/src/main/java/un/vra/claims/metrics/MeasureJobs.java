package un.vra.claims.metrics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import java.util.Optional;
import un.vra.claims.account.Role;
import un.vra.claims.claim.MemberStateCode;
import un.vra.claims.jobs.BackgroundJobs;

/**
 * The rebuild and the drift check of the maintained measures as jobs ({@link BackgroundJobs}): each reads every state
 * period, minutes at a million claims, far beyond a request's 30 s. One of each kind runs at a time: a second is
 * refused while the first runs ({@link un.vra.claims.jobs.JobRunningException}), so that neither piles up work on the
 * database. A drift check's question is checked at once, before it starts.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MeasureJobs {

    public static final BackgroundJobs.Kind<MeasureService.Rebuild> REBUILD =
            new BackgroundJobs.Kind<>("aggregates-rebuild", MeasureService.Rebuild.class);

    public static final BackgroundJobs.Kind<MeasureService.Drift> DRIFT_CHECK =
            new BackgroundJobs.Kind<>("aggregates-drift-check", MeasureService.Drift.class);

    @EJB
    private BackgroundJobs jobs;

    @EJB
    private MeasureService measures;

    /** Starts a rebuild, unless one runs. */
    public BackgroundJobs.Job<MeasureService.Rebuild> startRebuild() {
        return jobs.startAlone(REBUILD, measures::rebuild);
    }

    /** Starts a drift check as of {@code asOf} (today without it), of {@code memberState}'s claims only with it. */
    public BackgroundJobs.Job<MeasureService.Drift> startDriftCheck(LocalDate asOf, String memberState) {
        LocalDate day = measures.driftDay(asOf);
        MemberStateCode state = MemberStateCode.ofNullable(memberState).orElse(null);
        return jobs.startAlone(DRIFT_CHECK, () -> measures.drift(day, state));
    }

    public Optional<BackgroundJobs.Job<MeasureService.Rebuild>> rebuild(String id) {
        return jobs.of(REBUILD, id);
    }

    public Optional<BackgroundJobs.Job<MeasureService.Drift>> driftCheck(String id) {
        return jobs.of(DRIFT_CHECK, id);
    }
}
