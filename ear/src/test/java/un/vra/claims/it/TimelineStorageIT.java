package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
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
 * (no privilege) nor by the owner (triggers), except that the owner may re-encrypt a value. That personal data is
 * not stored in clear, even in the owner's dump, is {@link PersonalDataAtRestIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TimelineStorageIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteATimelineEvent() throws SQLException {
        ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM);
        try (Connection connection = TestDatabase.connect();
                Statement statement = connection.createStatement()) {
            for (String change :
                    new String[] {"UPDATE claim_event SET actor = 'someone else'", "DELETE FROM claim_event"}) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(change));
                assertTrue(refused.getMessage().contains("command denied"), refused.getMessage());
            }
        }
        try (Connection connection = TestDatabase.asOwner();
                Statement statement = connection.createStatement()) {
            SQLException update = assertThrows(
                    SQLException.class, () -> statement.executeUpdate("UPDATE claim_event SET actor = 'someone else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete =
                    assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM claim_event"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM claim_event")) {
                count.next();
                assertTrue(count.getLong(1) > 0);
            }
        }
    }

    @Test
    void theTimelineAndTheDocumentsAcceptNoUpdateButAReEncryption() throws SQLException {
        ApiClient officer = ApiClient.as("vra.officer");
        String ref = officer.register(ClaimLifecycleIT.FULL_CLAIM);
        DocumentsIT.attach(officer, ref);
        try (Connection connection = TestDatabase.asOwner();
                Statement statement = connection.createStatement()) {
            String ofTheClaim = " WHERE claim_id = (SELECT id FROM claim WHERE reference = '" + ref + "')";
            for (String forged : new String[] {
                "UPDATE claim_event SET details = '{\"source\":\"forged\"}'" + ofTheClaim,
                "UPDATE claim_event SET on_behalf_of = details" + ofTheClaim,
                "UPDATE claim_event SET details = details, sequence = sequence + 100" + ofTheClaim,
                "UPDATE claim_document SET file_name = 'renamed.pdf'" + ofTheClaim,
                "UPDATE claim_document SET description = file_name" + ofTheClaim,
                "UPDATE claim_document_content SET content = '%PDF-1.4 forged' WHERE document_id IN"
                        + " (SELECT id FROM claim_document" + ofTheClaim + ")"
            }) {
                SQLException refused = assertThrows(SQLException.class, () -> statement.executeUpdate(forged), forged);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            assertTrue(
                    statement.executeUpdate("UPDATE claim_event SET details = details" + ofTheClaim) > 0,
                    "an update that leaves every column as it is, as a re-encryption's compare-and-set may, passes");
        }
    }
}
