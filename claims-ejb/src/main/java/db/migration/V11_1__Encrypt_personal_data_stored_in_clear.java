package db.migration;

import java.sql.SQLException;
import java.util.EnumSet;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import un.vra.claims.encryption.EncryptedColumn;
import un.vra.claims.encryption.KeyRing;
import un.vra.claims.encryption.PersonalDataKeys;
import un.vra.claims.encryption.Reseal;

/**
 * Encrypts what was stored in clear until V11 (the wishes, the alleged father's identity, the timeline's details
 * and on-behalf-of, the documents' names, descriptions and bytes) under the configured current key, one batch at
 * a time, so that a register from before keeps working and no longer holds them in clear. Values already
 * encrypted (claimants' and children's names, under key 1) are left as they are: they still read, and the
 * rotation moves them. A register with nothing in clear needs no key here.
 */
public class V11_1__Encrypt_personal_data_stored_in_clear extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        KeyRing ring = PersonalDataKeys.configured();
        // The tables and columns V11 knows: a column added by a later migration is encrypted from its first value.
        Reseal reseal = new Reseal(
                ring,
                ring.current(),
                Reseal.Scope.CLEAR_ONLY,
                EnumSet.range(EncryptedColumn.CLAIMANT_NAME, EncryptedColumn.DOCUMENT_CONTENT));
        for (EncryptedColumn.Table table :
                EnumSet.range(EncryptedColumn.Table.CLAIM, EncryptedColumn.Table.CLAIM_DOCUMENT_CONTENT)) {
            Reseal.Cursor after = Reseal.Cursor.START;
            Reseal.Outcome outcome;
            do {
                outcome = reseal.batch(context.getConnection(), table, after);
                after = outcome.next();
            } while (!outcome.tableDone());
        }
    }
}
