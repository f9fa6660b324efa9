package un.vra.claims.dev;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs Payara's asadmin of one installation, with the environment the server must start with. */
public final class Asadmin {

    private final Path payaraHome;
    private final Map<String, String> environment;

    public Asadmin(Path payaraHome, Map<String, String> environment) {
        this.payaraHome = payaraHome;
        this.environment = environment;
    }

    /** Runs a command, its output shown on the console; returns the exit code. */
    public int run(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(payaraHome.resolve("bin/asadmin").toString());
        command.addAll(List.of(arguments));
        return start(command).waitFor();
    }

    /**
     * Starts the domain with SIGINT ignored: Ctrl-C in a terminal signals the whole process group, and a
     * server killed before the launcher undeploys does not come up cleanly next time. The launcher's
     * shutdown hook stops it in order instead.
     */
    int startDomain() throws IOException, InterruptedException {
        return startDomain("domain1");
    }

    int startDomain(String domain) throws IOException, InterruptedException {
        String asadmin = payaraHome.resolve("bin/asadmin").toString();
        return start(List.of("sh", "-c", "trap '' INT; exec '" + asadmin + "' start-domain " + domain))
                .waitFor();
    }

    /**
     * Payara serves MicroProfile Metrics on the application port without sign-in, and its error answer names
     * the application's connection pool: switch the endpoint off. Operators who want it secure it instead.
     */
    int disableMetrics(String adminPort) throws IOException, InterruptedException {
        return run("--port", adminPort, "set-metrics-configuration", "--enabled=false", "--dynamic=true");
    }

    /**
     * Creates the application's JavaMail session {@code mail/claims} on a running domain without a password (the
     * run command's, or the tests' before their profile), sending through the SMTP server on this machine's
     * {@code smtpPort}; one left from an earlier run is replaced. Properties named {@code mail-smtp-port} and so
     * on are Payara's form of {@code mail.smtp.port}.
     */
    public int createMailSession(String adminPort, int smtpPort) throws IOException, InterruptedException {
        run("--port", adminPort, "delete-javamail-resource", "mail/claims");
        return run(
                "--port",
                adminPort,
                "create-javamail-resource",
                "--mailhost",
                "127.0.0.1",
                "--mailuser",
                "claims",
                "--fromaddress",
                "claims-tracker@claims.localhost",
                "--property",
                "mail-smtp-port=" + smtpPort + ":mail-smtp-connectiontimeout=5000:mail-smtp-timeout=10000",
                "mail/claims");
    }

    /**
     * Runs the operators' production profile script against a running domain of this installation, with the
     * admin password read from {@code passwordFile}; returns its exit code.
     */
    public int applyProductionProfile(Path script, String domain, String adminPort, Path passwordFile)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("sh", script.toString(), domain).inheritIO();
        builder.environment().put("PAYARA_HOME", payaraHome.toString());
        builder.environment().put("ADMIN_PORT", adminPort);
        builder.environment().put("ADMIN_PASSWORD_FILE", passwordFile.toString());
        return builder.start().waitFor();
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(environment);
        return builder.start();
    }
}
