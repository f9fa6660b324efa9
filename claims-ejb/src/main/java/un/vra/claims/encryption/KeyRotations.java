package un.vra.claims.encryption;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * The rotations and the retired keys in the database, and the counts of values per key, over plain JDBC on the
 * schema owner's connection: the rotation rewrites the append-only timeline and documents, which the
 * application's own account may only read and add to.
 */
@ApplicationScoped
public class KeyRotations {

    /** Where a rotation stands, read under a lock so that two workers never take the same batch. */
    record Progress(
            int target,
            KeyRotation.Status status,
            String startedBy,
            int pass,
            EncryptedColumn.Table table,
            Reseal.Cursor after) {}

    private static final String COLUMNS = "id, target_key_id, status, started_at, started_by, pass, phase, rows_read,"
            + " values_rewritten, batches, updated_at, finished_at, failure";

    @Resource(lookup = "java:app/jdbc/claims-owner")
    private DataSource owner;

    Connection open() throws SQLException {
        return owner.getConnection();
    }

    Optional<KeyRotation> latest(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM key_rotation ORDER BY id DESC LIMIT 1");
                ResultSet row = select.executeQuery()) {
            return row.next() ? Optional.of(rotation(row)) : Optional.empty();
        }
    }

    /**
     * Records a new rotation, unless one is running. The latest rotation's row is locked first, so that two
     * administrators starting at once are taken one after the other.
     */
    Optional<Long> begin(Connection connection, int target, String startedBy, Instant now) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT status FROM key_rotation ORDER BY id DESC LIMIT 1 FOR UPDATE");
                ResultSet latest = lock.executeQuery()) {
            if (latest.next() && KeyRotation.Status.RUNNING.name().equals(latest.getString(1))) {
                return Optional.empty();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO key_rotation (target_key_id, status,"
                        + " started_at, started_by, pass, phase, rows_read, values_rewritten, batches, updated_at)"
                        + " VALUES (?, 'RUNNING', ?, ?, 1, ?, 0, 0, 0, ?)",
                PreparedStatement.RETURN_GENERATED_KEYS)) {
            insert.setInt(1, target);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, startedBy);
            insert.setString(4, EncryptedColumn.Table.values()[0].name());
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
            try (ResultSet key = insert.getGeneratedKeys()) {
                key.next();
                return Optional.of(key.getLong(1));
            }
        }
    }

    Progress lock(Connection connection, long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT target_key_id, status, started_by, pass,"
                + " phase, after_1, after_2 FROM key_rotation WHERE id = ? FOR UPDATE")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("No key rotation " + id);
                }
                String phase = row.getString(5);
                long first = row.getLong(6);
                Reseal.Cursor after =
                        row.wasNull() ? Reseal.Cursor.START : new Reseal.Cursor(first, row.getObject(7, Long.class));
                return new Progress(
                        row.getInt(1),
                        KeyRotation.Status.valueOf(row.getString(2)),
                        row.getString(3),
                        row.getInt(4),
                        phase == null ? null : EncryptedColumn.Table.valueOf(phase),
                        after);
            }
        }
    }

    /** Records a batch: where the next one starts, and what this one did. */
    void advance(Connection connection, long id, Progress next, int rowsRead, int rewritten, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE key_rotation SET pass = ?, phase = ?,"
                + " after_1 = ?, after_2 = ?, rows_read = rows_read + ?, values_rewritten = values_rewritten + ?,"
                + " batches = batches + 1, updated_at = ? WHERE id = ?")) {
            update.setInt(1, next.pass());
            update.setString(2, next.table() == null ? null : next.table().name());
            update.setObject(3, next.after().first());
            update.setObject(4, next.after().second());
            update.setInt(5, rowsRead);
            update.setInt(6, rewritten);
            update.setTimestamp(7, Timestamp.from(now));
            update.setLong(8, id);
            update.executeUpdate();
        }
    }

    void finish(Connection connection, long id, KeyRotation.Status status, String failure, Instant now)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE key_rotation SET status = ?, phase = NULL,"
                + " after_1 = NULL, after_2 = NULL, failure = ?, updated_at = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, status.name());
            update.setString(2, failure == null || failure.length() <= 500 ? failure : failure.substring(0, 500));
            update.setTimestamp(3, Timestamp.from(now));
            update.setTimestamp(4, Timestamp.from(now));
            update.setLong(5, id);
            update.executeUpdate();
        }
    }

    Set<Integer> retired(Connection connection) throws SQLException {
        Set<Integer> retired = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT key_id FROM retired_key");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                retired.add(rows.getInt(1));
            }
        }
        return retired;
    }

    void retire(Connection connection, int keyId, String by, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO retired_key (key_id, retired_at, retired_by) VALUES (?, ?, ?)")) {
            insert.setInt(1, keyId);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, by);
            insert.executeUpdate();
        }
    }

    /**
     * How many values of each encrypted column, and blind indexes, are under each key ("clear" for a value not
     * encrypted): one grouped scan per table, reading the key id from each value's header.
     */
    List<EncryptionStatus.ColumnValues> counts(Connection connection) throws SQLException {
        List<EncryptionStatus.ColumnValues> counts = new ArrayList<>();
        for (EncryptedColumn.Table table : EncryptedColumn.Table.values()) {
            List<String> columns = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (EncryptedColumn column : table.columns()) {
                String name = column.sqlName();
                columns.add(name);
                keys.add(
                        column.binary()
                                ? "COALESCE(CAST(key_id AS CHAR), 'clear')"
                                : "CASE WHEN " + name + " LIKE 'v1:%' THEN '1'"
                                        + " WHEN " + name + " LIKE 'v2:%' THEN SUBSTRING_INDEX(SUBSTRING(" + name
                                        + ", 4, 6), ':', 1)"
                                        + " WHEN " + name + " IS NOT NULL THEN 'clear' END");
            }
            if (table == EncryptedColumn.Table.CLAIM) {
                columns.add("claimant_name_index");
                keys.add("SUBSTRING_INDEX(claimant_name_index, ':', 1)");
            }
            if (table == EncryptedColumn.Table.CLAIM_CHILD) {
                columns.add("fingerprint");
                keys.add("SUBSTRING_INDEX(fingerprint, ':', 1)");
            }
            counts.addAll(count(connection, table.sqlName(), columns, keys));
        }
        return counts;
    }

    /** Groups the rows by the key of each column at once, then adds the groups up column by column. */
    private static List<EncryptionStatus.ColumnValues> count(
            Connection connection, String table, List<String> columns, List<String> keys) throws SQLException {
        List<Map<String, Long>> byKey = new ArrayList<>();
        columns.forEach(column -> byKey.add(new TreeMap<>()));
        try (PreparedStatement select = connection.prepareStatement("SELECT " + String.join(", ", keys)
                        + ", COUNT(*) FROM " + table + " GROUP BY " + String.join(", ", keys));
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long count = rows.getLong(columns.size() + 1);
                for (int i = 0; i < columns.size(); i++) {
                    String key = rows.getString(i + 1);
                    if (key != null) {
                        byKey.get(i).merge(key, count, Long::sum);
                    }
                }
            }
        }
        List<EncryptionStatus.ColumnValues> counts = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            counts.add(new EncryptionStatus.ColumnValues(table, columns.get(i), byKey.get(i)));
        }
        return counts;
    }

    private static KeyRotation rotation(ResultSet row) throws SQLException {
        String phase = row.getString(7);
        return new KeyRotation(
                row.getLong(1),
                row.getInt(2),
                KeyRotation.Status.valueOf(row.getString(3)),
                instant(row.getTimestamp(4)),
                row.getString(5),
                row.getInt(6),
                phase == null ? null : EncryptedColumn.Table.valueOf(phase).sqlName(),
                row.getLong(8),
                row.getLong(9),
                row.getLong(10),
                instant(row.getTimestamp(11)),
                instant(row.getTimestamp(12)),
                row.getString(13));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
