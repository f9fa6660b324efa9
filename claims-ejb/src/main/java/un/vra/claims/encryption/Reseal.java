package un.vra.claims.encryption;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seals again, under one target key, the encrypted values of one table, a batch of rows at a time along its
 * primary key, over a JDBC connection whose transaction the caller owns: the rotation (every value not yet under
 * the target key, and the blind indexes) and the migration that encrypted what was stored in clear before.
 *
 * <p>Only rows with work left are read, so a batch after an interruption, or a second pass, finds just what is
 * missing. Updates go to the database as one JDBC batch, except documents' bytes, one at a time: a batch of them
 * could outgrow the server's largest packet. Each row is updated only if its values are still those read (compare and set): a value changed
 * meanwhile is left to the next pass rather than overwritten with an older one.
 */
public final class Reseal {

    /** Which values a pass seals again. */
    public enum Scope {
        /** Values in clear only: the upgrade of a register encrypted before every column was. */
        CLEAR_ONLY,
        /** Every value, and every blind index, not under the target key in the current format. */
        NOT_UNDER_TARGET
    }

    /** Where a table's batches stand: after this primary key (the second part only for two-column keys). */
    public record Cursor(Long first, Long second) {
        public static final Cursor START = new Cursor(null, null);
    }

    /** What one batch did, and where the next starts; {@code tableDone} when no row is left after it. */
    public record Outcome(int rowsRead, int valuesRewritten, Cursor next, boolean tableDone) {}

    private static final String INDEX_COLUMN = "claimant_name_index";

    private final KeyRing ring;
    private final int target;
    private final Scope scope;

    private final Set<EncryptedColumn> known;

    public Reseal(KeyRing ring, int target, Scope scope) {
        this(ring, target, scope, EnumSet.allOf(EncryptedColumn.class));
    }

    /** A pass over the {@code known} columns only: a migration written before a column existed leaves it out. */
    public Reseal(KeyRing ring, int target, Scope scope, Set<EncryptedColumn> known) {
        this.ring = ring;
        this.target = target;
        this.scope = scope;
        this.known = EnumSet.copyOf(known);
    }

    private List<EncryptedColumn> columns(EncryptedColumn.Table table) {
        return table.columns().stream().filter(known::contains).toList();
    }

    public Outcome batch(Connection connection, EncryptedColumn.Table table, Cursor after) throws SQLException {
        List<EncryptedColumn> columns = columns(table);
        boolean index = indexes(table);
        List<String> selected = new ArrayList<>(table.key());
        columns.forEach(column -> selected.add(column.sqlName()));
        if (index) {
            selected.add(INDEX_COLUMN);
        }
        String sql = "SELECT " + String.join(", ", selected) + " FROM " + table.sqlName()
                + " WHERE " + afterCondition(table, after) + " AND (" + workLeft(table) + ")"
                + " ORDER BY " + String.join(", ", table.key()) + " LIMIT " + table.batchSize();
        int rows = 0;
        int rewritten = 0;
        Cursor next = after;
        try (PreparedStatement select = connection.prepareStatement(sql);
                PreparedStatement update = connection.prepareStatement(updateSql(table, index))) {
            bindAfter(select, table, after);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows++;
                    next = new Cursor(found.getLong(1), table.key().size() > 1 ? found.getLong(2) : null);
                    rewritten += resealRow(found, table, columns, index, update);
                }
            }
            update.executeBatch();
        }
        return new Outcome(rows, rewritten, next, rows < table.batchSize());
    }

    /** How many values of the table this scope would still seal again: zero when a pass is complete. */
    public long remaining(Connection connection, EncryptedColumn.Table table) throws SQLException {
        List<String> counts = new ArrayList<>();
        for (EncryptedColumn column : columns(table)) {
            counts.add("SUM(CASE WHEN " + workLeft(column) + " THEN 1 ELSE 0 END)");
        }
        if (indexes(table)) {
            counts.add("SUM(CASE WHEN " + indexWorkLeft() + " THEN 1 ELSE 0 END)");
        }
        try (PreparedStatement count = connection.prepareStatement(
                        "SELECT COALESCE(" + String.join(", 0) + COALESCE(", counts) + ", 0) FROM " + table.sqlName());
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private boolean indexes(EncryptedColumn.Table table) {
        return scope == Scope.NOT_UNDER_TARGET && table == EncryptedColumn.Table.CLAIM;
    }

    /** Adds the row's update to the batch when any of its values needs sealing again; returns how many do. */
    private int resealRow(
            ResultSet row,
            EncryptedColumn.Table table,
            List<EncryptedColumn> columns,
            boolean index,
            PreparedStatement update)
            throws SQLException {
        int keyColumns = table.key().size();
        List<Object> newValues = new ArrayList<>();
        List<Object> oldValues = new ArrayList<>();
        int rewritten = 0;
        String storedIndex = index ? row.getString(keyColumns + columns.size() + 1) : null;
        boolean indexNeedsWork =
                storedIndex != null && KeyRing.keyIdOfIndex(storedIndex).orElse(0) != target;
        String clearName = null;
        for (int i = 0; i < columns.size(); i++) {
            EncryptedColumn column = columns.get(i);
            Object stored = column.binary() ? row.getBytes(keyColumns + 1 + i) : row.getString(keyColumns + 1 + i);
            Object value = stored;
            if (stored != null && needsWork(column, stored)) {
                value = column.binary()
                        ? ring.sealUnder(target, column, opened(column, (byte[]) stored))
                        : ring.sealUnder(target, column, opened(column, (String) stored));
                rewritten++;
            }
            if (column == EncryptedColumn.CLAIMANT_NAME && stored != null && indexNeedsWork) {
                clearName = opened(column, (String) stored);
            }
            newValues.add(value);
            oldValues.add(column.binary() ? KeyRing.keyIdOf((byte[]) stored) : stored);
        }
        if (index) {
            newValues.add(indexNeedsWork && clearName != null ? ring.indexUnder(target, clearName) : storedIndex);
            oldValues.add(storedIndex);
            rewritten += indexNeedsWork && clearName != null ? 1 : 0;
        }
        if (rewritten > 0) {
            int parameter = 1;
            for (Object value : newValues) {
                update.setObject(parameter++, value);
            }
            for (int i = 0; i < keyColumns; i++) {
                update.setLong(parameter++, row.getLong(i + 1));
            }
            for (Object value : oldValues) {
                update.setObject(
                        parameter++, value instanceof OptionalInt id ? (id.isPresent() ? id.getAsInt() : null) : value);
            }
            if (columns.stream().anyMatch(EncryptedColumn::binary)) {
                update.executeUpdate();
            } else {
                update.addBatch();
            }
        }
        return rewritten;
    }

    private boolean needsWork(EncryptedColumn column, Object stored) {
        OptionalInt keyId = column.binary() ? KeyRing.keyIdOf((byte[]) stored) : KeyRing.keyIdOf((String) stored);
        if (scope == Scope.CLEAR_ONLY) {
            return keyId.isEmpty();
        }
        return column.binary() ? keyId.orElse(0) != target : !((String) stored).startsWith(header());
    }

    private String opened(EncryptedColumn column, String stored) {
        return KeyRing.keyIdOf(stored).isEmpty() ? stored : ring.open(column, stored);
    }

    private byte[] opened(EncryptedColumn column, byte[] stored) {
        return KeyRing.keyIdOf(stored).isEmpty() ? stored : ring.open(column, stored);
    }

    private String header() {
        return "v2:" + target + ":";
    }

    /** Sets every encrypted value (and the index) of a row, if they are still those read. */
    private String updateSql(EncryptedColumn.Table table, boolean index) {
        List<String> set = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String key : table.key()) {
            unchanged.add(key + " = ?");
        }
        for (EncryptedColumn column : columns(table)) {
            set.add(column.sqlName() + " = ?");
            unchanged.add((column.binary() ? "key_id" : column.sqlName()) + " <=> ?");
        }
        if (index) {
            set.add(INDEX_COLUMN + " = ?");
            unchanged.add(INDEX_COLUMN + " <=> ?");
        }
        return "UPDATE " + table.sqlName() + " SET " + String.join(", ", set) + " WHERE "
                + String.join(" AND ", unchanged);
    }

    private String workLeft(EncryptedColumn.Table table) {
        List<String> conditions = columns(table).stream().map(this::workLeft).collect(Collectors.toList());
        if (indexes(table)) {
            conditions.add(indexWorkLeft());
        }
        return String.join(" OR ", conditions);
    }

    /** The SQL twin of {@link #needsWork}; bytes are judged by the key id the database reads from their header. */
    private String workLeft(EncryptedColumn column) {
        String name = column.sqlName();
        if (column.binary()) {
            return scope == Scope.CLEAR_ONLY ? "key_id IS NULL" : "(key_id IS NULL OR key_id <> " + target + ")";
        }
        return scope == Scope.CLEAR_ONLY
                ? "(" + name + " IS NOT NULL AND " + name + " NOT LIKE 'v1:%' AND " + name + " NOT LIKE 'v2:%')"
                : "(" + name + " IS NOT NULL AND " + name + " NOT LIKE '" + header() + "%')";
    }

    private String indexWorkLeft() {
        return "(claimant_name IS NOT NULL AND " + INDEX_COLUMN + " IS NOT NULL AND " + INDEX_COLUMN + " NOT LIKE '"
                + target + ":%')";
    }

    private static String afterCondition(EncryptedColumn.Table table, Cursor after) {
        List<String> key = table.key();
        if (after.first() == null) {
            return "1 = 1";
        }
        return key.size() == 1
                ? key.get(0) + " > ?"
                : "(" + key.get(0) + " > ? OR (" + key.get(0) + " = ? AND " + key.get(1) + " > ?))";
    }

    private static void bindAfter(PreparedStatement select, EncryptedColumn.Table table, Cursor after)
            throws SQLException {
        if (after.first() == null) {
            return;
        }
        select.setLong(1, after.first());
        if (table.key().size() > 1) {
            select.setLong(2, after.first());
            select.setLong(3, after.second());
        }
    }
}
