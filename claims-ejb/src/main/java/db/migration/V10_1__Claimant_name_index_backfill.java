package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import un.vra.claims.encryption.EncryptedColumn;
import un.vra.claims.encryption.KeyRing;
import un.vra.claims.encryption.PersonalDataKeys;

/**
 * Gives the claims stored before V10 the blind index of their claimant's name: each name is decrypted in
 * memory, one batch at a time, and only its keyed hash is written: under key 1, the only key names were
 * encrypted with then, and without the key id that V11 adds to every index.
 */
public class V10_1__Claimant_name_index_backfill extends BaseJavaMigration {

    private static final int BATCH = 500;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        KeyRing keys = PersonalDataKeys.configured();
        long after = 0;
        while (true) {
            int seen = 0;
            try (PreparedStatement select = connection.prepareStatement("SELECT id, claimant_name FROM claim"
                            + " WHERE id > ? AND claimant_name IS NOT NULL AND claimant_name_index IS NULL ORDER BY id LIMIT "
                            + BATCH);
                    PreparedStatement update =
                            connection.prepareStatement("UPDATE claim SET claimant_name_index = ? WHERE id = ?")) {
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        seen++;
                        after = rows.getLong(1);
                        String index = keys.indexUnder(1, keys.open(EncryptedColumn.CLAIMANT_NAME, rows.getString(2)));
                        update.setString(1, index == null ? null : index.substring(index.indexOf(':') + 1));
                        update.setLong(2, after);
                        update.addBatch();
                    }
                }
                update.executeBatch();
            }
            if (seen < BATCH) {
                return;
            }
        }
    }
}
