package un.vra.claims.platform;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * How long EclipseLink waits for the database to come back before a request fails (issue 18). On a communication
 * failure EclipseLink retries a read outside a transaction, and the start of a transaction's connection, up to
 * {@link #ATTEMPTS} times, sleeping before each attempt but the first; its default sleep, 5 s, on top of the
 * connection pool's own retries (3 attempts, 2 s apart), kept a request 36.6 s while the database was down for
 * 11 s (a thread dump showed request threads sleeping in both). With 1 s between attempts, and a pool that tries
 * a new connection once (glassfish-resources.xml), a read gives up about 3 s after the database stopped answering,
 * plus one connection attempt per retry, each of at most the driver's connectTimeout. Set on the
 * persistence unit in {@code persistence.xml} ({@code eclipselink.session.customizer}): EclipseLink 4.0 has no
 * property for either value.
 */
public class QueryRetries implements SessionCustomizer {

    /** EclipseLink's default: one immediate attempt, then two after a pause each. */
    static final int ATTEMPTS = 3;

    static final int PAUSE_MILLIS = 1_000;

    @Override
    public void customize(Session session) {
        DatabaseLogin login = session.getLogin();
        login.setQueryRetryAttemptCount(ATTEMPTS);
        login.setDelayBetweenConnectionAttempts(PAUSE_MILLIS);
    }
}
