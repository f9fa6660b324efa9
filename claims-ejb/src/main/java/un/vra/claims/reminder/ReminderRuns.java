package un.vra.claims.reminder;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import un.vra.claims.account.Role;

/**
 * The reminder job run on an administrator's demand: started in the background, since a run may queue thousands of
 * reminders and take minutes, longer than a request may hold a server thread; followed by its id. The last
 * {@value #KEPT} runs of this server are kept, not across a restart.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Role.ADMIN)
public class ReminderRuns {

    static final int KEPT = 20;

    /** Where a run stands: {@code RUNNING}, {@code DONE} with the days it did, or {@code FAILED}. */
    public record Status(String id, State state, List<LocalDate> days) {}

    /** The states of a run. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    @EJB
    private ReminderJob job;

    private final Map<String, Future<List<LocalDate>>> runs = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Future<List<LocalDate>>> eldest) {
            return size() > KEPT;
        }
    };

    /** Starts a run of the days not yet done; the run's id. */
    public Status start() {
        String id = UUID.randomUUID().toString();
        Future<List<LocalDate>> run = job.runDueDaysInTheBackground();
        synchronized (runs) {
            runs.put(id, run);
        }
        return status(id, run);
    }

    /** Where the run stands; empty for a run this server does not know (another's, too old, or before a restart). */
    public Optional<Status> status(String id) {
        Future<List<LocalDate>> run;
        synchronized (runs) {
            run = runs.get(id);
        }
        return Optional.ofNullable(run).map(known -> status(id, known));
    }

    private static Status status(String id, Future<List<LocalDate>> run) {
        if (!run.isDone()) {
            return new Status(id, State.RUNNING, List.of());
        }
        try {
            return new Status(id, State.DONE, run.get());
        } catch (ExecutionException e) {
            return new Status(id, State.FAILED, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Status(id, State.RUNNING, List.of());
        }
    }
}
