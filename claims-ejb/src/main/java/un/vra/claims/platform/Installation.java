package un.vra.claims.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * What kind of installation this is. The embedded database of the run command and of the tests carries a
 * marker schema its start-up script creates; no database an administrator sets up has it. Demo accounts,
 * whose password is published, are accepted on that database only.
 */
@ApplicationScoped
public class Installation {

    static final String EMBEDDED_MARKER = "vra_embedded_demo";

    @Resource(lookup = "java:app/jdbc/claims")
    private DataSource dataSource;

    public boolean embeddedDatabase() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT COUNT(*) FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?")) {
            query.setString(1, EMBEDDED_MARKER);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() && rows.getInt(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether the database is the embedded one", e);
        }
    }
}
