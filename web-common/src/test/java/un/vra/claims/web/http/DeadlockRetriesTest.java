package un.vra.claims.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlockRetriesTest {

    private static RuntimeException rolledBack(String sqlState) {
        return new IllegalStateException("the transaction failed", new SQLException("from the database", sqlState));
    }

    @Test
    void workChosenAsADeadlocksVictimIsDoneAgainUntilItGoesThrough() throws Exception {
        AtomicInteger attempts = new AtomicInteger();
        String result = DeadlockRetries.retried("test", () -> {
            if (attempts.incrementAndGet() < 3) {
                throw rolledBack("40001");
            }
            return "done";
        });
        assertEquals("done", result);
        assertEquals(3, attempts.get());
    }

    @Test
    void aDeadlockThatLastsIsGivenUpAfterFourAttempts() {
        AtomicInteger attempts = new AtomicInteger();
        RuntimeException deadlock = rolledBack("40001");
        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> DeadlockRetries.retried("test", () -> {
                    attempts.incrementAndGet();
                    throw deadlock;
                }));
        assertSame(deadlock, thrown);
        assertEquals(DeadlockRetries.ATTEMPTS, attempts.get());
    }

    @Test
    void anyOtherFailureIsNotDoneAgain() {
        AtomicInteger attempts = new AtomicInteger();
        assertThrows(
                IllegalStateException.class,
                () -> DeadlockRetries.retried("test", () -> {
                    attempts.incrementAndGet();
                    throw rolledBack("HY000");
                }));
        assertEquals(1, attempts.get(), "a lock wait that timed out, say");
    }
}
