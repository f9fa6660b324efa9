package un.vra.claims.encryption;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Every column that holds personal data (and the second factor's secrets, kept the same way). Each value in them is sealed by the {@link KeyRing} with the column's
 * identity as associated data, so that a value copied into another column does not open. The key rotation, the
 * counts of values per key and the retirement of a key go through this list: a column encrypted anywhere must
 * be listed here, which {@link PersonalDataConverter} ensures.
 */
public enum EncryptedColumn {
    CLAIMANT_NAME(Table.CLAIM, "claimant_name"),
    CLAIMANT_CONTACT(Table.CLAIM, "claimant_contact"),
    WISHES(Table.CLAIM, "wishes"),
    FATHER_NAME(Table.CLAIM, "father_name"),
    FATHER_SERVICE_NUMBER(Table.CLAIM, "father_service_number"),
    FATHER_UNIT(Table.CLAIM, "father_unit"),
    CHILD_NAME(Table.CLAIM_CHILD, "name"),
    EVENT_DETAILS(Table.CLAIM_EVENT, "details"),
    EVENT_ON_BEHALF_OF(Table.CLAIM_EVENT, "on_behalf_of"),
    DOCUMENT_FILE_NAME(Table.CLAIM_DOCUMENT, "file_name"),
    DOCUMENT_DESCRIPTION(Table.CLAIM_DOCUMENT, "description"),
    DOCUMENT_CONTENT(Table.CLAIM_DOCUMENT_CONTENT, "content"),
    TOTP_SECRET(Table.ACCOUNT, "totp_secret"),
    CONTACT_NOTE(Table.CONTACT_LOG, "contact_note"),
    CONSENT_NOTE(Table.CLAIMANT_CONSENT, "consent_note"),
    CHILD_BIRTH_DATE(Table.CLAIM_CHILD, "birth_date");

    /**
     * A table with encrypted columns, the columns of its primary key in order (rows are rewritten in batches
     * along it), and how many rows one batch of the rotation reads. Documents' bytes weigh up to the document
     * limit each, and the driver holds a batch's rows whole while each is decrypted and sealed again (several
     * copies of it at once): one document per batch keeps that to one document's worth. Four at a time ran the
     * test server's 512 MB heap out at 10 MiB documents under the whole suite.
     */
    public enum Table {
        CLAIM("claim", 500, "id"),
        CLAIM_CHILD("claim_child", 1000, "claim_id", "position"),
        CLAIM_EVENT("claim_event", 1000, "id"),
        CLAIM_DOCUMENT("claim_document", 500, "id"),
        CLAIM_DOCUMENT_CONTENT("claim_document_content", 1, "document_id"),
        ACCOUNT("account", 500, "id"),
        CONTACT_LOG("contact_log", 1000, "id"),
        CLAIMANT_CONSENT("claimant_consent", 1000, "id");

        private final String sqlName;
        private final int batchSize;
        private final List<String> key;

        Table(String sqlName, int batchSize, String... key) {
            this.sqlName = sqlName;
            this.batchSize = batchSize;
            this.key = List.of(key);
        }

        public String sqlName() {
            return sqlName;
        }

        public int batchSize() {
            return batchSize;
        }

        /** The primary key's columns: one, or two for a claim's children (the claim, then the position). */
        public List<String> key() {
            return key;
        }

        public List<EncryptedColumn> columns() {
            return Arrays.stream(EncryptedColumn.values())
                    .filter(column -> column.table == this)
                    .toList();
        }
    }

    private final Table table;
    private final String sqlName;

    EncryptedColumn(Table table, String sqlName) {
        this.table = table;
        this.sqlName = sqlName;
    }

    public Table table() {
        return table;
    }

    public String sqlName() {
        return sqlName;
    }

    /** The encrypted column of that name: each name is used once, whatever its table. */
    public static EncryptedColumn named(String sqlName) {
        return Arrays.stream(values())
                .filter(column -> column.sqlName.equalsIgnoreCase(sqlName))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Column " + sqlName + " is encrypted but missing from"
                        + " EncryptedColumn: the key rotation would leave it under its old key"));
    }

    /** Bytes rather than text: stored as a binary header and the raw sealed bytes, not base64. */
    public boolean binary() {
        return this == DOCUMENT_CONTENT;
    }

    /** "claim.claimant_name": what is bound to each value besides the format and the key id. */
    byte[] identity() {
        return (table.sqlName + "." + sqlName).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return table.sqlName + "." + sqlName;
    }
}
