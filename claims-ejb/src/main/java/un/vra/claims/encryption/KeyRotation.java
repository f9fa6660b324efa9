package un.vra.claims.encryption;

import java.time.Instant;

/**
 * A rotation of every encrypted value to one target key, as recorded with each batch: where it stands (which pass,
 * which table, after which primary key) and what it did so far.
 *
 * @param table     the table being rewritten, null once finished
 * @param pass      1, or more when values written meanwhile under another key needed another pass
 */
public record KeyRotation(
        long id,
        int targetKeyId,
        Status status,
        Instant startedAt,
        String startedBy,
        int pass,
        String table,
        long rowsRead,
        long valuesRewritten,
        long batches,
        Instant updatedAt,
        Instant finishedAt,
        String failure) {

    /** RUNNING until every value is under the target key (FINISHED) or a batch failed (FAILED, with why). */
    public enum Status {
        RUNNING,
        FINISHED,
        FAILED
    }
}
