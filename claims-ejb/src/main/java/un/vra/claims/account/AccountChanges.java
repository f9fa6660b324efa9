package un.vra.claims.account;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * What every signed-in request checks about its account (still active, password to change, credentials changed
 * since the session checked them), kept in memory: without it each request of a session read the account from the
 * database. Any change to any account forgets all of it, once when the change is flushed and again when its
 * transaction ends, so that no request is served from an account as it stood before a committed change. A read
 * that raced a change (it began before the change ended and may have seen the account before it) is answered but
 * not kept: the generation it began in is gone. Accounts change rarely, so forgetting all is cheaper than knowing
 * which.
 */
public class AccountChanges {

    private static final Map<String, Optional<AccountAuthentication.SessionState>> STATES = new ConcurrentHashMap<>();
    private static final AtomicLong GENERATION = new AtomicLong();

    static Optional<AccountAuthentication.SessionState> sessionState(String username,
            Function<String, Optional<AccountAuthentication.SessionState>> read) {
        Optional<AccountAuthentication.SessionState> known = STATES.get(username);
        if (known != null) {
            return known;
        }
        long generation = GENERATION.get();
        Optional<AccountAuthentication.SessionState> state = read.apply(username);
        if (GENERATION.get() == generation) {
            STATES.put(username, state);
            if (GENERATION.get() != generation) {
                STATES.remove(username);
            }
        }
        return state;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object account) {
        forget();
        try {
            TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry) new InitialContext()
                    .lookup("java:comp/TransactionSynchronizationRegistry");
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    forget();
                }

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        } catch (NamingException | IllegalStateException e) {
            // Outside a container transaction the change is already flushed and forgotten above.
            forget();
        }
    }

    static void forget() {
        GENERATION.incrementAndGet();
        STATES.clear();
    }
}
