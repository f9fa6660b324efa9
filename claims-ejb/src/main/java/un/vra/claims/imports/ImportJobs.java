package un.vra.claims.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import un.vra.claims.account.Caller;

/**
 * The imports under way and those just ended, by id. A large file takes longer to import than a client or a proxy
 * keeps a request open (a 10,000-row import lost its connection, and the server then failed to write the answer
 * nobody waited for), so an import runs on the server's managed executor, in a transaction of its own, while the
 * request that sent it is answered at once and the import is followed by its id. Kept in memory: an import is one
 * transaction, so one cut short by a restart leaves nothing behind and is simply sent again. An ended import is
 * kept for an hour.
 */
@ApplicationScoped
public class ImportJobs {

    static final Duration KEPT = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(ImportJobs.class.getName());

    /** Where an import stands; only RUNNING changes. */
    public enum State {
        RUNNING,
        IMPORTED,
        REJECTED,
        FAILED
    }

    /**
     * One import: its outcome once it ended, the report when imported, every problem when rejected.
     *
     * @param file the file's SHA-256, the key of its {@link ImportProgress}
     */
    public record Job(
            String id, String file, State state, ImportReport report, List<ImportProblem> problems, Instant endedAt) {

        Job ended(State outcome, ImportReport withReport, List<ImportProblem> withProblems, Instant at) {
            return new Job(id, file, outcome, withReport, withProblems, at);
        }
    }

    @Resource
    private ManagedExecutorService executor;

    @EJB
    private ImportService imports;

    @Inject
    private Clock clock;

    private final Map<String, Job> byId = new ConcurrentHashMap<>();

    public Optional<Job> of(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Starts importing a file in the background, unless an import of the same file is under way: then that one. */
    synchronized Job start(String file, byte[] content, Caller caller) {
        Instant now = clock.instant();
        byId.values().removeIf(job -> job.endedAt() != null && job.endedAt().isBefore(now.minus(KEPT)));
        Optional<Job> running = byId.values().stream()
                .filter(job -> job.state() == State.RUNNING && job.file().equals(file))
                .findFirst();
        if (running.isPresent()) {
            return running.get();
        }
        Job job = new Job(UUID.randomUUID().toString(), file, State.RUNNING, null, null, null);
        byId.put(job.id(), job);
        try {
            executor.submit(() -> run(job, content, caller));
        } catch (RejectedExecutionException e) {
            byId.remove(job.id());
            throw e;
        }
        return job;
    }

    private void run(Job job, byte[] content, Caller caller) {
        try {
            ImportReport report = imports.write(job.file(), content, caller);
            byId.put(job.id(), job.ended(State.IMPORTED, report, null, clock.instant()));
        } catch (ImportRejectedException e) {
            byId.put(job.id(), job.ended(State.REJECTED, null, e.problems(), clock.instant()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Import " + job.id() + " failed; nothing of it was stored", e);
            byId.put(job.id(), job.ended(State.FAILED, null, null, clock.instant()));
        }
    }
}
