package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the database itself guarantees: the timeline cannot be altered, not by the application's runtime account
 * (no privilege) nor by the owner (triggers), and personal data is not stored in clear, even in the owner's dump.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineStorageIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getenv("CLAIMS_DB_URL"), System.getenv("CLAIMS_DB_USER"),
                System.getenv("CLAIMS_DB_PASSWORD"));
    }

    private static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(System.getenv("CLAIMS_DB_URL"), System.getenv("CLAIMS_DB_OWNER_USER"),
                System.getenv("CLAIMS_DB_OWNER_PASSWORD"));
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteATimelineEvent() throws SQLException {
        ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM);
        try (Connection connection = database(); Statement statement = connection.createStatement()) {
            for (String change : new String[] {"UPDATE claim_event SET actor = 'someone else'",
                    "DELETE FROM claim_event"}) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change));
                assertTrue(refused.getMessage().contains("command denied"), refused.getMessage());
            }
        }
        try (Connection connection = asOwner(); Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("UPDATE claim_event SET actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> statement.executeUpdate("DELETE FROM claim_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM claim_event")) {
                count.next();
                assertTrue(count.getLong(1) > 0);
            }
        }
    }

    @Test
    void aDumpOfTheDatabaseShowsNoNameInClear() throws IOException, InterruptedException {
        ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM.replace("Amina Example", "Zawadi Dumptest")
                .replace("Baby Example", "Imani Dumptest").replace("+243 000 000", "dumptest@example.org"));
        Path dump = Files.createTempFile("claims-dump", ".sql");
        Process mariadbDump = new ProcessBuilder(
                Path.of(System.getProperty("claims.binaries"), "bin", "mariadb-dump").toString(),
                "--skip-ssl", "--protocol=TCP", "-h127.0.0.1", "-P" + System.getProperty("it.db.port"),
                "-u" + System.getenv("CLAIMS_DB_OWNER_USER"), "-p" + System.getenv("CLAIMS_DB_OWNER_PASSWORD"),
                "claims")
                .redirectOutput(dump.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, mariadbDump.waitFor());
        String text = Files.readString(dump);
        Files.delete(dump);
        assertTrue(text.contains("INSERT INTO `claim`"), "the dump holds the claims");
        assertTrue(text.contains("'v1:"), "encrypted values are in the dump");
        for (String secret : new String[] {"Zawadi", "Imani", "dumptest@example.org"}) {
            assertFalse(text.contains(secret), secret + " appears in clear in the dump");
        }
    }

    @Test
    void claimantAndChildNamesAreEncryptedAtRest() throws SQLException {
        ApiClient.as("vra.officer").register(ClaimLifecycleIT.FULL_CLAIM);
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT c.claimant_name, c.claimant_contact, k.name"
                     + " FROM claim c JOIN claim_child k ON k.claim_id = c.id WHERE c.claimant_name IS NOT NULL")) {
            int encrypted = 0;
            while (rows.next()) {
                for (int column = 1; column <= 3; column++) {
                    String stored = rows.getString(column);
                    if (stored != null) {
                        assertTrue(stored.startsWith("v1:"), stored);
                        assertFalse(stored.contains("Example"), stored);
                        encrypted++;
                    }
                }
            }
            assertTrue(encrypted >= 3, "the registered claimant, contact and child name were found");
        }
    }
}
