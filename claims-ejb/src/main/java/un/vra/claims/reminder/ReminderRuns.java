package un.vra.claims.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import un.vra.claims.account.Role;
import un.vra.claims.jobs.BackgroundJobs;

/**
 * The reminder job run on an administrator's demand: started in the background ({@link BackgroundJobs}), since a run
 * may queue thousands of reminders and take minutes, longer than a request may hold a server thread; followed by its
 * id.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class ReminderRuns {

    /** Where a run stands: {@code RUNNING}, {@code DONE} with the days it did, or {@code FAILED}. */
    public record Status(
            String id, BackgroundJobs.State state, List<LocalDate> days, Instant startedAt, Instant endedAt) {}

    /** The days a run did. */
    public record Days(List<LocalDate> days) implements Serializable {}

    static final BackgroundJobs.Kind<Days> KIND = new BackgroundJobs.Kind<>("reminder-run", Days.class);

    @EJB
    private ReminderJob job;

    @EJB
    private BackgroundJobs jobs;

    /** Starts a run of the days not yet done; the run's id. */
    public Status start() {
        return status(jobs.start(KIND, () -> new Days(List.copyOf(job.runDueDays()))));
    }

    /** Where the run stands; empty for a run this server does not know (another's, too old, or before a restart). */
    public Optional<Status> status(String id) {
        return jobs.of(KIND, id).map(ReminderRuns::status);
    }

    private static Status status(BackgroundJobs.Job<Days> run) {
        return new Status(
                run.id(),
                run.state(),
                run.result() == null ? List.of() : run.result().days(),
                run.startedAt(),
                run.endedAt());
    }
}
