package un.vra.claims.web.http;

import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Does a request's work again when the database chose its transaction as the victim of a deadlock (SQLSTATE
 * {@value #DEADLOCK}), as MariaDB asks of every application: the transaction was rolled back whole, so doing it
 * again loses nothing and writes nothing twice. Two registrations, or a registration and the ratings' refresh,
 * lock some of the same rows (measures, notes, allegations) in an order the database cannot always keep; the
 * loser answered 500 (CI, {@code BackOfficeJourneyBrowserIT}, 2026-12-04). At most {@value #ATTEMPTS} attempts,
 * a few milliseconds apart, at random, so that the two do not meet again; a lock wait that timed out is not
 * retried, having held its thread long enough already. Only for work outside any transaction that calls at most
 * one service method that writes: a retry repeats every call the work makes.
 *
 * <p>A plain class rather than an interceptor of its own: this jar is inside both web modules, and a page bean of
 * it made an intercepted bean failed in one of them (Weld's subclass of one module's copy of the class was given
 * the other's fields). The back office's interceptor calls it, and the shared claim-action dialog calls it itself.
 */
public final class DeadlockRetries {

    static final int ATTEMPTS = 4;

    /** The SQLSTATE of a transaction rolled back to end a deadlock (MariaDB's error 1213). */
    static final String DEADLOCK = "40001";

    private static final Logger LOG = Logger.getLogger(DeadlockRetries.class.getName());

    /** Work that may throw what the work it stands for throws. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private DeadlockRetries() {}

    /** The result of {@code work}, done again while the database ends its transaction to end a deadlock. */
    public static <T> T retried(String what, Work<T> work) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.run();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !deadlockVictim(e)) {
                    throw e;
                }
                int attempts = attempt;
                LOG.info(() ->
                        what + " was a deadlock's victim, attempt " + attempts + " of " + ATTEMPTS + ": done again");
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(5, 25) * (long) attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** As {@link #retried(String, Work)}, for work that throws no checked exception. */
    public static void retried(String what, Runnable work) {
        try {
            retried(what, () -> {
                work.run();
                return null;
            });
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
    }

    /** Whether {@code failure} comes from a transaction the database rolled back to end a deadlock. */
    static boolean deadlockVictim(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && DEADLOCK.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
