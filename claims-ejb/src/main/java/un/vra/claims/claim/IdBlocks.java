package un.vra.claims.claim;

/**
 * Where the claim, its events and its periods take their ids (V108): blocks allocated ahead, so that many claims are
 * written as multi-row inserts (JDBC batches) instead of one round trip per row that waits for its key. A block is
 * taken on a connection of its own ({@code eclipselink.jdbc.sequence-connection-pool} in {@code persistence.xml}), in
 * a transaction of its own, so that no writer waits for another's transaction to end to take the next block.
 */
public final class IdBlocks {

    /** The table of blocks: one row per table, the last id handed out. */
    public static final String TABLE = "id_block";

    /** The row's name: the table whose ids it hands out. */
    static final String NAME = "table_name";

    /** The last id handed out in the table's blocks. */
    static final String ALLOCATED = "allocated";

    /** Ids a block holds: a flush's batch of claims (the import writes 500 at a time) takes one or two. */
    static final int SIZE = 500;

    private IdBlocks() {}
}
