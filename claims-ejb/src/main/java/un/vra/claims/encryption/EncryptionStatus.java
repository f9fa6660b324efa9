package un.vra.claims.encryption;

import java.util.List;
import java.util.Map;

/**
 * The state of the keys for an administrator: which key is current, each key's use, the latest rotation, and how
 * many values of each encrypted column are under each key. Never a key itself.
 *
 * @param rotation the latest rotation, null when there never was one
 */
public record EncryptionStatus(int currentKeyId, List<Key> keys, KeyRotation rotation, List<ColumnValues> columns) {

    /**
     * A key id configured, retired or found in stored values, and how many values are under it.
     *
     * @param configured whether the key is in the configuration (a retired key may be removed from it)
     */
    public record Key(int keyId, boolean configured, boolean current, boolean retired, long values) {}

    /** Values of one column by key id ("clear" for values not encrypted). */
    public record ColumnValues(String table, String column, Map<String, Long> values) {}
}
