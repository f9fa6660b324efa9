package un.vra.claims.web.http;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
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
 * retried, having held its thread long enough already. Serializable, as the interceptor of view-scoped page beans.
 */
@RetriedAfterDeadlock
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class DeadlockRetries implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int ATTEMPTS = 4;

    /** The SQLSTATE of a transaction rolled back to end a deadlock (MariaDB's error 1213). */
    static final String DEADLOCK = "40001";

    private static final Logger LOG = Logger.getLogger(DeadlockRetries.class.getName());

    @AroundInvoke
    public Object retried(InvocationContext invocation) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (Exception e) {
                if (attempt == ATTEMPTS || !deadlockVictim(e)) {
                    throw e;
                }
                int attempts = attempt;
                LOG.info(() -> invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                        + invocation.getMethod().getName() + " was a deadlock's victim, attempt " + attempts
                        + " of " + ATTEMPTS + ": done again");
                Thread.sleep(ThreadLocalRandom.current().nextInt(5, 25) * (long) attempt);
            }
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
