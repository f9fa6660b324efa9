package un.vra.claims.jobs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import un.vra.claims.account.Role;

/**
 * The jobs started on an administrator's demand, by id: work that takes longer than a request may hold a server
 * thread (Payara cuts a request after 30 s) runs in a thread of the container's ({@link BackgroundWork}), and the
 * request that started it is answered at once. The last {@value #KEPT} jobs of this server are kept, in memory, not
 * across a restart; a job still running is never dropped. Each kind may be started {@linkplain #startAlone alone}:
 * then a second one is refused while the first runs.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed(Role.ADMIN)
public class BackgroundJobs {

    /** How many jobs, of every kind, this server keeps. */
    public static final int KEPT = 50;

    /** Where a job stands. */
    public enum State {
        RUNNING,
        DONE,
        FAILED
    }

    /**
     * A kind of job and the type of its result.
     *
     * @param name the kind's name, as the status shows it
     */
    public record Kind<T extends Serializable>(String name, Class<T> result) {}

    /**
     * A job as it stands: its result once {@code DONE}, {@code null} before and when {@code FAILED} (the server's
     * log then says why, under the job's id).
     */
    public record Job<T extends Serializable>(
            String id, String kind, State state, Instant startedAt, Instant endedAt, T result) {}

    @EJB
    private BackgroundWork work;

    @Inject
    private Clock clock;

    private final Map<String, Entry> jobs = new LinkedHashMap<>();

    /** Starts a job of {@code kind} doing {@code task}. */
    public <T extends Serializable> Job<T> start(Kind<T> kind, Callable<T> task) {
        return view(kind, begin(kind, task, false));
    }

    /**
     * Starts a job of {@code kind} doing {@code task}, unless one of the same kind runs.
     *
     * @throws JobRunningException naming the one that runs
     */
    public <T extends Serializable> Job<T> startAlone(Kind<T> kind, Callable<T> task) {
        return view(kind, begin(kind, task, true));
    }

    /** The job of {@code kind} with this id; empty for another kind's, one this server does not know, or too old. */
    public <T extends Serializable> Optional<Job<T>> of(Kind<T> kind, String id) {
        Entry entry;
        synchronized (jobs) {
            entry = jobs.get(id);
        }
        return Optional.ofNullable(entry)
                .filter(known -> known.kind.equals(kind.name()))
                .map(known -> view(kind, known));
    }

    private Entry begin(Kind<?> kind, Callable<? extends Serializable> task, boolean alone) {
        Entry entry = new Entry(UUID.randomUUID().toString(), kind.name(), clock);
        synchronized (jobs) {
            if (alone) {
                for (Entry other : jobs.values()) {
                    if (other.kind.equals(kind.name()) && other.state() == State.RUNNING) {
                        throw new JobRunningException(kind.name(), other.id);
                    }
                }
            }
            jobs.put(entry.id, entry);
            dropTheOldestEnded();
        }
        try {
            work.run(entry, task);
        } catch (RuntimeException e) {
            synchronized (jobs) {
                jobs.remove(entry.id);
            }
            throw e;
        }
        return entry;
    }

    private void dropTheOldestEnded() {
        Iterator<Entry> oldestFirst = jobs.values().iterator();
        int over = jobs.size() - KEPT;
        while (over > 0 && oldestFirst.hasNext()) {
            if (oldestFirst.next().state() != State.RUNNING) {
                oldestFirst.remove();
                over--;
            }
        }
    }

    private static <T extends Serializable> Job<T> view(Kind<T> kind, Entry entry) {
        synchronized (entry) {
            return new Job<>(
                    entry.id,
                    entry.kind,
                    entry.state,
                    entry.startedAt,
                    entry.endedAt,
                    entry.result == null ? null : kind.result().cast(entry.result));
        }
    }

    /** One job, changed once by the thread that does it. */
    public static final class Entry {

        final String id;
        final String kind;
        private final Clock clock;
        private final Instant startedAt;
        private State state = State.RUNNING;
        private Instant endedAt;
        private Serializable result;

        Entry(String id, String kind, Clock clock) {
            this.id = id;
            this.kind = kind;
            this.clock = clock;
            this.startedAt = clock.instant();
        }

        synchronized State state() {
            return state;
        }

        synchronized void done(Serializable outcome) {
            state = State.DONE;
            result = outcome;
            endedAt = clock.instant();
        }

        synchronized void failed() {
            state = State.FAILED;
            endedAt = clock.instant();
        }
    }
}
