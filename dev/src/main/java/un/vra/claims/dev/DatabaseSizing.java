package un.vra.claims.dev;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The embedded MariaDB's memory, from the machine's: InnoDB's default 128 MB buffer pool holds a few thousand
 * claims' histories, and at a million claims every as-of query read from disk (issue 13). The buffer pool takes an
 * eighth of the physical memory, between 256 MB and 4 GB (3 GB on a 24 GB machine); the redo log a quarter of it,
 * so that loading a large register does not stall on checkpoints. Commits stay durable
 * ({@code innodb_flush_log_at_trx_commit=1}): the access log is written in the reader's transaction, and a read
 * answered must be on record after a crash. Each is overridable: {@code -Dclaims.db.buffer-pool=2G},
 * {@code -Dclaims.db.log-file-size=512M}.
 *
 * @param bufferPool  {@code innodb_buffer_pool_size}, in MariaDB's notation ({@code 3072M})
 * @param logFileSize {@code innodb_log_file_size}
 */
record DatabaseSizing(String bufferPool, String logFileSize) {

    private static final long MB = 1024 * 1024;

    static DatabaseSizing fromSystemProperties() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        DatabaseSizing machine = forMemory(memory);
        return new DatabaseSizing(
                System.getProperty("claims.db.buffer-pool", machine.bufferPool()),
                System.getProperty("claims.db.log-file-size", machine.logFileSize()));
    }

    static DatabaseSizing forMemory(long bytes) {
        long pool = Math.max(256 * MB, Math.min(4096 * MB, bytes / 8)) / (128 * MB) * 128 * MB;
        return new DatabaseSizing(pool / MB + "M", pool / 4 / MB + "M");
    }

    List<String> serverArguments() {
        return List.of(
                "--innodb-buffer-pool-size=" + bufferPool,
                "--innodb-log-file-size=" + logFileSize,
                "--innodb-log-buffer-size=32M",
                "--max-connections=200");
    }
}
