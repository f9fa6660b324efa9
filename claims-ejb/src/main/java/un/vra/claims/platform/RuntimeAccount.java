package un.vra.claims.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The privileges of the application's runtime database account, granted by the owner account after every
 * migration and then checked. The runtime account reads everything (the database administrator grants it
 * {@code SELECT} on the database when creating it, so that it can connect); it may insert, update and delete in
 * the ordinary tables, only insert into the append-only ones (the timeline, the documents, the audit trail:
 * the tables whose triggers refuse an update as "append-only"), and nothing else: no DDL, so it can neither
 * drop a trigger nor truncate a table. A runtime account holding more refuses the start, with the reason.
 */
final class RuntimeAccount {

    private static final Set<String> ORDINARY = Set.of("USAGE", "SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> APPEND_ONLY = Set.of("USAGE", "SELECT", "INSERT");
    private static final Set<String> DATABASE_WIDE = Set.of("USAGE", "SELECT");
    private static final Set<String> GLOBAL = Set.of("USAGE");
    private static final Pattern GRANT = Pattern.compile("^GRANT (.+?) ON (\\S+) TO ", Pattern.CASE_INSENSITIVE);
    private static final String MIGRATIONS_TABLE = "flyway_schema_history";

    private RuntimeAccount() {}

    /** Grants the runtime account its table privileges, as the owner; returns the account, as the database names it. */
    static String grant(DataSource owner, DataSource runtime) throws SQLException {
        String account = quoted(single(runtime, "SELECT CURRENT_USER()"));
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            Set<String> appendOnly = appendOnlyTables(statement);
            for (String table : column(
                    statement,
                    "SELECT TABLE_NAME FROM information_schema.TABLES"
                            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'")) {
                if (table.equals(MIGRATIONS_TABLE)) {
                    continue;
                }
                String name = "`" + table.replace("`", "``") + "`";
                if (appendOnly.contains(table)) {
                    statement.execute("GRANT INSERT ON " + name + " TO " + account);
                    statement.execute("REVOKE UPDATE, DELETE ON " + name + " FROM " + account);
                } else {
                    statement.execute("GRANT INSERT, UPDATE, DELETE ON " + name + " TO " + account);
                }
            }
            return account;
        }
    }

    /**
     * What the runtime account holds beyond its due, read from its own grants: every privilege outside
     * {@code SELECT, INSERT, UPDATE, DELETE}, any change to an append-only table, and any write granted on the
     * whole database (which would override the tables' limits). Empty when the split holds.
     */
    static List<String> excess(DataSource owner, DataSource runtime) throws SQLException {
        Set<String> appendOnly;
        try (Connection connection = owner.getConnection();
                Statement statement = connection.createStatement()) {
            appendOnly = appendOnlyTables(statement);
        }
        List<String> excess = new ArrayList<>();
        try (Connection connection = runtime.getConnection();
                Statement statement = connection.createStatement()) {
            String database = column(statement, "SELECT DATABASE()").get(0);
            for (String grant : column(statement, "SHOW GRANTS")) {
                Matcher matcher = GRANT.matcher(grant);
                if (!matcher.find()) {
                    continue;
                }
                String on = matcher.group(2).replace("`", "");
                if (!concerns(on.substring(0, on.indexOf('.')), database)) {
                    continue;
                }
                String table = on.substring(on.indexOf('.') + 1);
                Set<String> allowed = on.equals("*.*")
                        ? GLOBAL
                        : table.equals("*") ? DATABASE_WIDE : appendOnly.contains(table) ? APPEND_ONLY : ORDINARY;
                for (String privilege : matcher.group(1).split(",")) {
                    String named = privilege.trim().toUpperCase(Locale.ROOT);
                    if (!allowed.contains(named)) {
                        excess.add(named + " ON " + on);
                    }
                }
                if (grant.toUpperCase(Locale.ROOT).contains("WITH GRANT OPTION")) {
                    excess.add("GRANT OPTION ON " + on);
                }
            }
        }
        return excess;
    }

    /**
     * Whether a grant's database part reaches the application's database: {@code *}, its name, or a pattern
     * matching it ({@code _} and {@code %} as in LIKE, {@code \_} a plain underscore). Grants on other
     * databases, such as the {@code test} databases a fresh MariaDB opens to everyone, cannot touch ours.
     */
    static boolean concerns(String databasePart, String database) {
        if (databasePart.equals("*")) {
            return true;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < databasePart.length(); i++) {
            char c = databasePart.charAt(i);
            if (c == '\\' && i + 1 < databasePart.length()) {
                regex.append(Pattern.quote(String.valueOf(databasePart.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return database.matches(regex.toString());
    }

    private static Set<String> appendOnlyTables(Statement statement) throws SQLException {
        return new LinkedHashSet<>(column(
                statement,
                "SELECT DISTINCT EVENT_OBJECT_TABLE"
                        + " FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()"
                        + " AND EVENT_MANIPULATION = 'UPDATE' AND ACTION_STATEMENT LIKE '%append-only%'"));
    }

    private static String single(DataSource dataSource, String query) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            return column(statement, query).get(0);
        }
    }

    private static List<String> column(Statement statement, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** {@code claims@127.0.0.1} as {@code 'claims'@'127.0.0.1'}. */
    static String quoted(String account) {
        int at = account.lastIndexOf('@');
        return "'" + account.substring(0, at).replace("'", "''") + "'@'"
                + account.substring(at + 1).replace("'", "''") + "'";
    }
}
