package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A crash loses no logged read that was answered. The design: a read's access-log entry is written in the read's
 * own transaction, which commits (durably: the database flushes its redo log at each commit) before the answer is
 * written, so that an answer that reached a client is on record in the database at that moment, whatever happens
 * to the server next. Committed is what a crash cannot take back; this test checks, under concurrent readers,
 * that every answer's entry is committed, in the database as another connection sees it, at the instant the
 * client has the answer: no later flush, queue or batch that a crash could lose.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessLogDurabilityIT {

    private static final int READERS = 16;
    private static final int READS_EACH = 10;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void everyAnsweredReadIsCommittedBeforeTheClientHasTheAnswer() throws Exception {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.post("/claims/api/claims", ClaimLifecycleIT.FULL_CLAIM)
                .json()
                .getString("reference");
        long before = logged(ref);

        ExecutorService readers = Executors.newFixedThreadPool(READERS);
        try {
            List<Future<Integer>> missing = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                missing.add(readers.submit(() -> {
                    ApiClient reader = ApiClient.as("vra.officer");
                    int notYetLogged = 0;
                    try (Connection db = TestDatabase.connect()) {
                        for (int i = 0; i < READS_EACH; i++) {
                            long seenBefore = logged(db, ref);
                            assertEquals(
                                    200, reader.get("/claims/api/claims/" + ref).status());
                            if (logged(db, ref) <= seenBefore) {
                                notYetLogged++;
                            }
                        }
                    }
                    return notYetLogged;
                }));
            }
            for (Future<Integer> reader : missing) {
                assertEquals(0, reader.get(), "answers whose entry was not yet committed when they arrived");
            }
        } finally {
            readers.shutdownNow();
        }
        assertEquals(before + READERS * READS_EACH, logged(ref), "one entry per answered read, none lost");
    }

    @Test
    void theDatabaseFlushesEachCommit() throws SQLException {
        try (Connection db = TestDatabase.connect();
                Statement query = db.createStatement();
                ResultSet flush = query.executeQuery("SELECT @@innodb_flush_log_at_trx_commit")) {
            assertTrue(flush.next());
            assertEquals(1, flush.getInt(1), "a committed entry must survive a crash of the database too");
        }
    }

    private static long logged(String reference) throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            return logged(db, reference);
        }
    }

    /** Entries of reads of the claim, as a connection other than the application's sees them committed. */
    private static long logged(Connection db, String reference) throws SQLException {
        try (PreparedStatement count =
                db.prepareStatement("SELECT COUNT(*) FROM access_log WHERE reference = ? AND username = 'vra.officer'"
                        + " AND what LIKE 'claim file%'")) {
            count.setString(1, reference);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
