package un.vra.claims.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the latest versioned migration before anything else touches the database, as the
 * owner account ({@code CLAIMS_DB_OWNER_USER}); then grants the runtime account ({@code CLAIMS_DB_USER}) its
 * table privileges and refuses to start while that account holds more than them (see {@link RuntimeAccount}).
 * The application itself works through the runtime account only: it cannot alter the schema, the triggers
 * or the append-only tables. The one exception is the key rotation ({@code un.vra.claims.encryption}), which
 * re-encrypts values of the append-only tables as the owner, and which their triggers let change nothing else.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:app/jdbc/claims-owner")
    private DataSource owner;

    @Resource(lookup = "java:app/jdbc/claims")
    private DataSource runtime;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(owner)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied now)");
        try {
            String account = RuntimeAccount.grant(owner, runtime);
            List<String> excess = RuntimeAccount.excess(owner, runtime);
            if (!excess.isEmpty()) {
                throw new IllegalStateException("The runtime database account " + account + " holds more than it"
                        + " may: " + excess + ". Revoke them (it needs only SELECT on the database; the application"
                        + " grants the rest) and restart.");
            }
            LOG.info(() -> "Runtime database account " + account + ": SELECT, and writes on the tables only");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the runtime database account its privileges", e);
        }
    }
}
