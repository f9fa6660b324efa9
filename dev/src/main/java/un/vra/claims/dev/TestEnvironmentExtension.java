package un.vra.claims.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Prepares what the integration tests run on before Arquillian starts Payara: a throwaway MariaDB in a fresh
 * data folder, and a fresh Payara domain of their own on other ports than the run command's, so tests and
 * a running application never meet, with the production profile applied by the operators' own script
 * ({@code ops/production-profile.sh}), so that every build proves it, and a real SMTP server ({@link
 * LocalMailServer}) the domain's mail session sends to. Stops the database after Payara has
 * stopped. The application is deployed once for all the test classes ({@link SharedDeployments}). Settings come
 * from the failsafe configuration of the ear module.
 */
public class TestEnvironmentExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Lifecycle.class);
        builder.observer(SharedDeployments.class);
    }

    /** Observes the suite: runs before the container starts and after it stops. */
    public static class Lifecycle {

        /** The test SMTP and IMAP servers' ports beside the domain's: ports Payara's port base leaves free. */
        static final int SMTP_OFFSET = 25;

        static final int IMAP_OFFSET = 43;

        private EmbeddedMariaDb database;

        private LocalMailServer mail;

        public void start(@Observes(precedence = 1000) BeforeSuite event) throws Exception {
            Path dataDir = Path.of(System.getProperty("it.db.dir", "target/it-mariadb"))
                    .toAbsolutePath();
            deleteRecursively(dataDir);
            database = new EmbeddedMariaDb(
                    Path.of(System.getProperty(
                            "claims.binaries",
                            Path.of(System.getProperty("user.home"), ".cache", "vra-claims", "mariadb")
                                    .toString())),
                    dataDir.resolve("data"),
                    Integer.getInteger("it.db.port", 3307));
            database.start();
            int portbase = Integer.parseInt(System.getProperty("it.portbase", "28000"));
            mail = LocalMailServer.start(portbase + SMTP_OFFSET, portbase + IMAP_OFFSET);
            createDomain(mail.smtpPort());
        }

        public void stop(@Observes(precedence = -1000) AfterSuite event) {
            LocalMailServer.running().stop();
            if (database != null) {
                database.stop();
            }
        }

        private static void createDomain(int smtpPort) throws IOException, InterruptedException {
            Path payaraHome = Path.of(System.getProperty("payara.home"));
            String domain = System.getProperty("it.domain", "claims-it");
            deleteRecursively(payaraHome.resolve("glassfish/domains").resolve(domain));
            int exit = new Asadmin(payaraHome, Map.of())
                    .run(
                            "--interactive=false",
                            "create-domain",
                            "--nopassword=true",
                            "--checkports=false",
                            "--portbase",
                            System.getProperty("it.portbase", "28000"),
                            domain);
            if (exit != 0) {
                throw new IllegalStateException("Could not create the test domain " + domain);
            }
            Path domainDir = payaraHome.resolve("glassfish/domains").resolve(domain);
            useOwnTemporaryFolder(domainDir);
            applyProductionProfile(payaraHome, domain, domainDir, smtpPort);
        }

        /**
         * Starts the new domain, runs the production profile script against it as an operator would, and stops
         * it again: Arquillian then starts it with the profile in force (secure admin, with the password, over
         * TLS). The password is the tests' own, {@code it.admin.password}, which Arquillian signs in with.
         */
        private static void applyProductionProfile(Path payaraHome, String domain, Path domainDir, int smtpPort)
                throws IOException, InterruptedException {
            Path passwordFile = domainDir.resolve("it-admin-password");
            Files.writeString(passwordFile, System.getProperty("it.admin.password") + "\n");
            Asadmin asadmin = new Asadmin(payaraHome, Map.of());
            if (asadmin.run("start-domain", domain) != 0) {
                throw new IllegalStateException("Could not start the test domain " + domain);
            }
            try {
                String adminPort = System.getProperty("it.admin.port", "28048");
                if (asadmin.createMailSession(adminPort, smtpPort) != 0) {
                    throw new IllegalStateException("Could not create the mail session of the test domain " + domain);
                }
                int exit = asadmin.applyProductionProfile(
                        Path.of(System.getProperty("it.profile.script")), domain, adminPort, passwordFile);
                if (exit != 0) {
                    throw new IllegalStateException("The production profile failed on the test domain " + domain);
                }
            } finally {
                asadmin.run("stop-domain", domain);
            }
        }

        /**
         * Payara writes each archive it is sent to its temporary folder under the archive's own name: a folder of
         * the test domain's own keeps two test runs on one machine from overwriting each other's upload. The
         * heap is raised too (see {@link #TEST_HEAP}).
         */
        private static void useOwnTemporaryFolder(Path domainDir) throws IOException {
            Path folder = Files.createDirectories(domainDir.resolve("tmp"));
            Path domainXml = domainDir.resolve("config/domain.xml");
            String config = Files.readString(domainXml);
            String first = "<jvm-options>-server</jvm-options>";
            if (!config.contains(first)) {
                throw new IllegalStateException("No server JVM options found in " + domainXml);
            }
            Files.writeString(
                    domainXml,
                    config.replaceFirst(
                                    first,
                                    first + "<jvm-options>-Djava.io.tmpdir=" + folder + "</jvm-options>"
                                            + REBUILD_RANGE)
                            .replaceFirst(DEFAULT_HEAP, TEST_HEAP));
        }

        /**
         * A rebuild writes the ratings of 50 claims per transaction on the test server (10,000 in production), so
         * that the tests' rebuilds, followed by drift checks, cross many ranges.
         */
        private static final String REBUILD_RANGE = "<jvm-options>-Dclaims.rebuild.claims-per-range=50</jvm-options>";

        /** The server's heap as Payara creates a domain, and as the tests run it. */
        private static final String DEFAULT_HEAP = "<jvm-options>-Xmx512m</jvm-options>";

        /**
         * A 10 MiB document is held whole several times while it is checked, encrypted and re-encrypted: late in
         * the whole suite, when every test class still deployed the application afresh, 512 MB ran out
         * (KeyRotationIT, "Java heap space" attaching its 10 MiB document).
         */
        private static final String TEST_HEAP = "<jvm-options>-Xmx1536m</jvm-options>";

        private static void deleteRecursively(Path folder) {
            if (!Files.exists(folder)) {
                return;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                paths.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
