package un.vra.claims.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Starts a throwaway MariaDB, in a fresh data folder, before Arquillian starts Payara, and stops it after
 * Payara has stopped. Port and folders come from the failsafe configuration of the ear module.
 */
public class TestDatabaseExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
    }

    /** Observes the suite: runs before the container starts and after it stops. */
    public static class Lifecycle {

        private EmbeddedMariaDb database;

        public void start(@Observes(precedence = 1000) BeforeSuite event) {
            Path dataDir = Path.of(System.getProperty("it.db.dir", "target/it-mariadb")).toAbsolutePath();
            deleteRecursively(dataDir);
            database = new EmbeddedMariaDb(
                    Path.of(System.getProperty("claims.binaries",
                            Path.of(System.getProperty("user.home"), ".cache", "vra-claims", "mariadb").toString())),
                    dataDir.resolve("data"),
                    Integer.getInteger("it.db.port", 3307));
            database.start();
        }

        public void stop(@Observes(precedence = -1000) AfterSuite event) {
            if (database != null) {
                database.stop();
            }
        }

        private static void deleteRecursively(Path folder) {
            if (!Files.exists(folder)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
