package un.vra.claims.encryption;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Seals again, under one target key, the encrypted values of one table, a batch of rows at a time along its
 * primary key, over a JDBC connection whose transaction the caller owns: the rotation (every value not yet under
 * the target key, and the blind indexes: the claimants' names' and the children's fingerprints), the migration
 * that encrypted what was stored in clear before, and the start-up backfill of the children's fingerprints.
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
        /**
         * Every value, and every blind index, not under the target key in the current format; and the fingerprint
         * of every child stored without one although both names are known (before V90, or written by SQL).
         */
        NOT_UNDER_TARGET,
        /**
         * The missing children's fingerprints alone: the backfill at start, which reads only the children whose
         * fingerprint is due (V101: a name, no fingerprint) through their index, so that a start with none due
         * costs one look-up at any size. Fingerprints under another key are the rotation's.
         */
        FINGERPRINTS
    }

    /** Where a table's batches stand: after this primary key (the second part only for two-column keys). */
    public record Cursor(Long first, Long second) {
        public static final Cursor START = new Cursor(null, null);
    }

    /** What one batch did, and where the next starts; {@code tableDone} when no row is left after it. */
    public record Outcome(int rowsRead, int valuesRewritten, Cursor next, boolean tableDone) {}

    /**
     * A table's blind index: its column, the stored values it is computed from (the first the one whose absence
     * means no index), and which rows lack it where they could have it (a claimant's name index is never
     * missing: V10 filled them, and every write sets it).
     */
    private enum BlindIndex {
        CLAIMANT_NAME_INDEX(EncryptedColumn.Table.CLAIM, "claimant_name_index", false, "claimant_name"),
        CHILD_FINGERPRINT(
                EncryptedColumn.Table.CLAIM_CHILD,
                "fingerprint",
                true,
                "name",
                "birth_year",
                "(SELECT c.claimant_name FROM claim c WHERE c.id = claim_child.claim_id)");

        private final EncryptedColumn.Table table;
        private final String column;
        private final boolean backfilled;
        private final List<String> sources;

        BlindIndex(EncryptedColumn.Table table, String column, boolean backfilled, String... sources) {
            this.table = table;
            this.column = column;
            this.backfilled = backfilled;
            this.sources = List.of(sources);
        }

        static Optional<BlindIndex> of(EncryptedColumn.Table table) {
            return Arrays.stream(values()).filter(index -> index.table == table).findFirst();
        }

        /**
         * Rows whose index is under another key; and, with {@code missing}, rows without one although every value
         * it is computed from is stored, where it is {@code backfilled}. A claimant's name index is left alone
         * while the name is missing; a stale fingerprint is not (it then becomes null).
         */
        String workLeft(int target, boolean missing) {
            String stale = "(" + column + " IS NOT NULL AND " + column + " NOT LIKE '" + target + ":%')";
            if (!backfilled) {
                return "(" + present() + " AND " + stale + ")";
            }
            return missing ? "(" + stale + " OR " + missing() + ")" : stale;
        }

        /** Rows without the index although every value it is computed from is stored. */
        String missing() {
            return "(" + column + " IS NULL AND " + present() + ")";
        }

        private String present() {
            return sources.stream()
                    .filter(source -> !source.equals("birth_year"))
                    .map(source -> source + " IS NOT NULL")
                    .collect(Collectors.joining(" AND "));
        }

        /** The index of a row under the target, from its sources as selected (opened here); null for none. */
        String compute(KeyRing ring, int target, ResultSet row, int first) throws SQLException {
            if (this == CLAIMANT_NAME_INDEX) {
                String name = row.getString(first);
                return name == null ? null : ring.indexUnder(target, opened(ring, EncryptedColumn.CLAIMANT_NAME, name));
            }
            String child = row.getString(first);
            String claimant = row.getString(first + 2);
            String source = child == null || claimant == null
                    ? null
                    : ChildFingerprint.source(
                            opened(ring, EncryptedColumn.CLAIMANT_NAME, claimant),
                            opened(ring, EncryptedColumn.CHILD_NAME, child),
                            row.getInt(first + 1));
            return source == null ? null : ring.indexUnder(target, source);
        }
    }

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
        return scope == Scope.FINGERPRINTS
                ? List.of()
                : table.columns().stream().filter(known::contains).toList();
    }

    public Outcome batch(Connection connection, EncryptedColumn.Table table, Cursor after) throws SQLException {
        List<EncryptedColumn> columns = columns(table);
        Optional<BlindIndex> index = index(table);
        if (columns.isEmpty() && index.isEmpty()) {
            return new Outcome(0, 0, after, true);
        }
        List<String> selected = new ArrayList<>(table.key());
        columns.forEach(column -> selected.add(column.sqlName()));
        index.ifPresent(blind -> {
            selected.add(blind.column);
            selected.addAll(blind.sources);
        });
        // The backfill reads the children whose fingerprint is due alone, through their index (V101), which holds
        // them in the order of the children's key.
        String from = scope == Scope.FINGERPRINTS
                ? table.sqlName() + " FORCE INDEX (ix_claim_child_fingerprint_due)"
                : table.sqlName();
        String sql = "SELECT " + String.join(", ", selected) + " FROM " + from
                + " WHERE " + afterCondition(table, after) + " AND (" + workLeft(table) + ")"
                + " ORDER BY " + String.join(", ", table.key()) + " LIMIT " + table.batchSize();
        int rows = 0;
        int rewritten = 0;
        Cursor next = after;
        Set<Long> owners = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(sql);
                PreparedStatement update = connection.prepareStatement(updateSql(table, index))) {
            bindAfter(select, table, after);
            try (ResultSet found = select.executeQuery()) {
                while (found.next()) {
                    rows++;
                    next = new Cursor(found.getLong(1), table.key().size() > 1 ? found.getLong(2) : null);
                    rewritten += resealRow(found, table, columns, index, update);
                    owners.add(found.getLong(1));
                }
            }
            update.executeBatch();
        }
        if (index.filter(blind -> blind == BlindIndex.CHILD_FINGERPRINT).isPresent() && rewritten > 0) {
            markShared(connection, owners);
        }
        return new Outcome(rows, rewritten, next, rows < table.batchSize());
    }

    /** Marks the children of the claims {@code owners} whose fingerprints, just written, another child has too. */
    private static void markShared(Connection connection, Set<Long> owners) throws SQLException {
        String claims = owners.stream().map(String::valueOf).collect(Collectors.joining(", ", "n.claim_id IN (", ")"));
        try (PreparedStatement mark = connection.prepareStatement(ChildFingerprint.markShared(claims))) {
            mark.executeUpdate();
        }
    }

    /** How many values of the table this scope would still seal again: zero when a pass is complete. */
    public long remaining(Connection connection, EncryptedColumn.Table table) throws SQLException {
        List<String> counts = new ArrayList<>();
        for (EncryptedColumn column : columns(table)) {
            counts.add("SUM(CASE WHEN " + workLeft(column) + " THEN 1 ELSE 0 END)");
        }
        // A missing fingerprint is not counted: a blank name has none, which no pass could fill.
        index(table)
                .ifPresent(
                        blind -> counts.add("SUM(CASE WHEN " + blind.workLeft(target, false) + " THEN 1 ELSE 0 END)"));
        if (counts.isEmpty()) {
            return 0;
        }
        try (PreparedStatement count = connection.prepareStatement(
                        "SELECT COALESCE(" + String.join(", 0) + COALESCE(", counts) + ", 0) FROM " + table.sqlName());
                ResultSet result = count.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** The table's blind index, if this scope computes it again. */
    private Optional<BlindIndex> index(EncryptedColumn.Table table) {
        return switch (scope) {
            case CLEAR_ONLY -> Optional.empty();
            case NOT_UNDER_TARGET -> BlindIndex.of(table);
            case FINGERPRINTS -> BlindIndex.of(table).filter(index -> index == BlindIndex.CHILD_FINGERPRINT);
        };
    }

    /** Adds the row's update to the batch when any of its values needs sealing again; returns how many do. */
    private int resealRow(
            ResultSet row,
            EncryptedColumn.Table table,
            List<EncryptedColumn> columns,
            Optional<BlindIndex> index,
            PreparedStatement update)
            throws SQLException {
        int keyColumns = table.key().size();
        List<Object> newValues = new ArrayList<>();
        List<Object> oldValues = new ArrayList<>();
        int rewritten = 0;
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
            newValues.add(value);
            oldValues.add(column.binary() ? KeyRing.keyIdOf((byte[]) stored) : stored);
        }
        if (index.isPresent()) {
            BlindIndex blind = index.get();
            int at = keyColumns + columns.size() + 1;
            String storedIndex = row.getString(at);
            boolean needsWork = storedIndex == null
                    ? blind.backfilled
                    : KeyRing.keyIdOfIndex(storedIndex).orElse(0) != target;
            String computed = needsWork ? blind.compute(ring, target, row, at + 1) : storedIndex;
            boolean changed = needsWork
                    && (computed != null || blind == BlindIndex.CHILD_FINGERPRINT)
                    && !Objects.equals(computed, storedIndex);
            newValues.add(changed ? computed : storedIndex);
            oldValues.add(storedIndex);
            rewritten += changed ? 1 : 0;
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
        return opened(ring, column, stored);
    }

    private static String opened(KeyRing ring, EncryptedColumn column, String stored) {
        return KeyRing.keyIdOf(stored).isEmpty() ? stored : ring.open(column, stored);
    }

    private byte[] opened(EncryptedColumn column, byte[] stored) {
        return KeyRing.keyIdOf(stored).isEmpty() ? stored : ring.open(column, stored);
    }

    private String header() {
        return "v2:" + target + ":";
    }

    /** Sets every encrypted value (and the index) of a row, if they are still those read. */
    private String updateSql(EncryptedColumn.Table table, Optional<BlindIndex> index) {
        List<String> set = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (String key : table.key()) {
            unchanged.add(key + " = ?");
        }
        for (EncryptedColumn column : columns(table)) {
            set.add(column.sqlName() + " = ?");
            unchanged.add((column.binary() ? "key_id" : column.sqlName()) + " <=> ?");
        }
        index.ifPresent(blind -> {
            set.add(blind.column + " = ?");
            unchanged.add(blind.column + " <=> ?");
        });
        return "UPDATE " + table.sqlName() + " SET " + String.join(", ", set) + " WHERE "
                + String.join(" AND ", unchanged);
    }

    private String workLeft(EncryptedColumn.Table table) {
        List<String> conditions = columns(table).stream().map(this::workLeft).collect(Collectors.toList());
        index(table)
                .ifPresent(blind -> conditions.add(
                        scope == Scope.FINGERPRINTS
                                ? "(fingerprint_due = 1 AND " + blind.missing() + ")"
                                : blind.workLeft(target, true)));
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
