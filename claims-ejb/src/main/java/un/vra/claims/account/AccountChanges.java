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
 * What every signed-in request needs of its account (who is calling, with which role and State; still active,
 * password to change, credentials changed since the session checked them), kept in memory: without it each request
 * of a session read the account from the database twice. Any change to any account forgets all of it, once when the change is flushed and again when its
 * transaction ends, so that no request is served from an account as it stood before a committed change. A read
 * that raced a change (it began before the change ended and may have seen the account before it) is answered but
 * not kept: the generation it began in is gone. Accounts change rarely, so forgetting all is cheaper than knowing
 * which.
 */
public class AccountChanges {

    private static final Map<String, Optional<Known>> STATES = new ConcurrentHashMap<>();
    private static final AtomicLong GENERATION = new AtomicLong();

    /** What a request needs of an active account: who is calling, and whether the session still holds. */
    record Known(Caller caller, boolean passwordChangeRequired, java.time.Instant credentialsChangedAt) {}

    /** The active account of this name as last read, or read now through {@code find}; empty if none is active. */
    static Optional<Known> active(String username, Function<String, Optional<Account>> find) {
        Optional<Known> known = STATES.get(username);
        if (known != null) {
            return known;
        }
        long generation = GENERATION.get();
        Optional<Known> state = find.apply(username)
                .filter(Account::isActive)
                .map(account -> new Known(
                        new Caller(account.username(), account.role(), account.memberState()),
                        account.isPasswordChangeRequired(),
                        account.credentialsChangedAt()));
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
            TransactionSynchronizationRegistry registry = (TransactionSynchronizationRegistry)
                    new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
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
