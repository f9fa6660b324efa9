import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database killed under load (issue 18), driven by reliability/db-kill.sh against a running application whose
 * MariaDB process it is given. Two phases:
 *
 * <ol>
 *   <li>Clients register claims and comment on them, each on its own claims with the version it last saw, each
 *       request under an Idempotency-Key sent again while its answer leaves it unknown whether it was stored (a 5xx
 *       or no answer); the MariaDB process is killed (SIGKILL) and started again with the same command line. Goals: readiness DOWN at
 *       once and UP within 10 s of the database's return; every claim and action answered 2xx is in the database;
 *       no claim of a refused or failed registration and no event of a refused or failed action; each claim's
 *       timeline gapless (its version equals its events but the reminder job's, which change no version, and
 *       its sequence has no gap); no request longer than 30 s.
 *   <li>A 10,000-row legacy import; the database is killed while it writes. Goals: the import ends FAILED (or is
 *       gone), not one of its claims stays, and the same file then imports entirely.
 * </ol>
 *
 * Prints its figures and exits 1 when a goal is missed.
 *
 * <pre>java -cp mysql-connector-j.jar reliability/DbKill.java BASE_URL DB_PORT MARIADBD_PID CSV_FILE STATE_FILE</pre>
 */
public final class DbKill {

    private static final String PASSWORD = "Demo-2026-pass";
    private static final String CLAIM = "{\"receivedOn\":\"2024-03-01\",\"claimType\":\"PATERNITY\",\"mission\":"
            + "\"MONUSCO\",\"personnelCategory\":\"MILITARY_CONTINGENT\",\"memberState\":\"NPL\","
            + "\"allegationReference\":\"%s\"}";
    private static final Pattern REFERENCE = Pattern.compile("\"reference\":\"([^\"]+)\"");
    private static final int RETRIES = 60;
    private static final int CLIENTS = Integer.getInteger("dbkill.clients", 16);
    private static final long LOAD_BEFORE_MS = Long.getLong("dbkill.before.seconds", 20) * 1000;
    private static final long DOWN_MS = Long.getLong("dbkill.down.seconds", 8) * 1000;
    private static final long LOAD_AFTER_MS = Long.getLong("dbkill.after.seconds", 25) * 1000;

    private final String base;
    private final String jdbc;
    private long dbPid;
    private final Path state;
    private final List<String> missed = new ArrayList<>();

    private DbKill(String base, int dbPort, long dbPid, Path state) {
        this.base = base;
        this.jdbc = "jdbc:mysql://127.0.0.1:" + dbPort + "/claims?connectTimeout=2000";
        this.dbPid = dbPid;
        this.state = state;
    }

    public static void main(String[] args) throws Exception {
        DbKill run = new DbKill(args[0], Integer.parseInt(args[1]), Long.parseLong(args[2]), Path.of(args[4]));
        run.underLoad();
        run.importUnderFault(Path.of(args[3]));
        System.out.println(run.missed.isEmpty() ? "db-kill: every goal met" : "db-kill: MISSED " + run.missed);
        System.exit(run.missed.isEmpty() ? 0 : 1);
    }

    /** One answer a client got: what it was for, its status (-1: none), and how long it took. */
    record Answer(String kind, String tag, String reference, int status, long version, long millis, long at) {
        /** An answer that left the outcome unknown and was followed by the same request under the same key. */
        Answer retried() {
            return new Answer(kind + " (sent again after)", tag, reference, status, version, millis, at);
        }
    }

    private void underLoad() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(start(() -> client(run + "-" + client, answers, stop)));
        }
        Readiness readiness = new Readiness();
        Thread poller = start(readiness);
        Thread.sleep(LOAD_BEFORE_MS);

        long killedAt = System.currentTimeMillis();
        List<String> command = commandOf(dbPid);
        Path cwd = Path.of("/proc/" + dbPid + "/cwd").toRealPath();
        new ProcessBuilder("kill", "-KILL", Long.toString(dbPid)).start().waitFor();
        System.out.printf("killed mariadbd %d (SIGKILL) at +%d ms of load%n", dbPid, LOAD_BEFORE_MS);
        Thread.sleep(DOWN_MS);
        long backAt = restart(command, cwd);
        System.out.printf("mariadbd started again as %d; it answered %d ms after the kill%n", dbPid, backAt - killedAt);
        Thread.sleep(LOAD_AFTER_MS);
        stop.set(true);
        for (Thread client : clients) {
            client.join(60_000);
        }
        readiness.stop = true;
        poller.join();

        long down = readiness.firstAfter(killedAt, false);
        long up = readiness.firstAfter(backAt, true);
        System.out.printf("readiness: DOWN %d ms after the kill, UP %d ms after the database's return%n",
                down < 0 ? -1 : down - killedAt, up < 0 ? -1 : up - backAt);
        goal(down >= 0 && down - killedAt <= 2_000, "readiness DOWN within 2 s of the kill");
        goal(up >= 0 && up - backAt <= 10_000, "readiness UP within 10 s of the database's return");

        Map<String, Integer> statuses = new TreeMap<>();
        long slowest = 0;
        for (Answer answer : answers) {
            statuses.merge(answer.kind() + " " + answer.status(), 1, Integer::sum);
            slowest = Math.max(slowest, answer.millis());
        }
        System.out.printf("load: %d clients, %d requests, slowest %d ms; %s%n", CLIENTS, answers.size(), slowest, statuses);
        goal(slowest <= 30_000, "no request longer than 30 s (slowest " + slowest + " ms)");
        checkWhatWasAnswered(answers);
    }

    /** Registers a claim, comments on it up to 20 times with the version it last saw 2xx, then the next claim. */
    private void client(String name, ConcurrentLinkedQueue<Answer> answers, AtomicBoolean stop) {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .connectTimeout(java.time.Duration.ofSeconds(5))
                .build();
        int n = 0;
        while (!stop.get()) {
            String tag = "DBK-" + name + "-" + n++;
            Answer registered = register(http, tag, answers);
            if (registered.status() != 201) {
                pause(200);
                continue;
            }
            long version = registered.version();
            for (int i = 0; i < 20 && !stop.get(); i++) {
                Answer acted = untilKnown(
                        http,
                        "ACT",
                        tag + "-" + i,
                        tag,
                        registered.reference(),
                        "/claims/api/claims/" + registered.reference() + "/actions/ADD_COMMENT",
                        "{\"text\":\"" + tag + " comment " + i + "\"}",
                        version,
                        answers);
                if (acted.status() == 200) {
                    version = acted.version();
                } else {
                    pause(200);
                }
            }
        }
    }

    private Answer register(HttpClient http, String tag, ConcurrentLinkedQueue<Answer> answers) {
        return untilKnown(http, "REGISTER", tag, tag, null, "/claims/api/claims", String.format(CLAIM, tag), null, answers);
    }

    /**
     * Sends a registration or an action under an Idempotency-Key and, while the answer leaves it unknown whether it
     * was stored (a 5xx, or no answer: the database may have died during the commit), sends it again under the same
     * key, as a careful client does, at most {@value #RETRIES} times: the last answer says what is stored. Every
     * answer is kept; only the last counts for what the database must hold.
     */
    private Answer untilKnown(HttpClient http, String kind, String key, String tag, String reference, String path,
            String body, Long ifMatch, ConcurrentLinkedQueue<Answer> answers) {
        for (int attempt = 1; ; attempt++) {
            Answer answer = call(http, kind, key, tag, reference, path, body, ifMatch);
            boolean unknown = answer.status() < 0 || answer.status() >= 500;
            answers.add(unknown && attempt < RETRIES ? answer.retried() : answer);
            if (unknown && attempt < RETRIES) {
                pause(500);
                continue;
            }
            return answer;
        }
    }

    private Answer call(HttpClient http, String kind, String key, String tag, String reference, String path,
            String body, Long ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(java.time.Duration.ofSeconds(45))
                .header("Authorization", basic("vra.officer"))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", "\"" + ifMatch + "\"");
        }
        request.header("Idempotency-Key", key);
        long started = System.currentTimeMillis();
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long version = response.headers()
                    .firstValue("ETag")
                    .map(tagValue -> Long.parseLong(tagValue.replaceAll("[^0-9]", "")))
                    .orElse(-1L);
            Matcher matcher = REFERENCE.matcher(response.body());
            String found = reference != null ? reference : matcher.find() ? matcher.group(1) : null;
            return new Answer(kind, tag, found, response.statusCode(), version,
                    System.currentTimeMillis() - started, started);
        } catch (IOException | InterruptedException e) {
            return new Answer(kind, tag, reference, -1, -1, System.currentTimeMillis() - started, started);
        }
    }

    /**
     * Every claim answered 201 is there with its tag; no claim carries the tag of a registration answered otherwise
     * (a request without an answer may have been written or not); each claim's version is its version when
     * registered plus its actions answered 200 (plus at most those without an answer), and equals its events.
     */
    private void checkWhatWasAnswered(Iterable<Answer> answers) throws SQLException {
        Map<String, Answer> registrations = new TreeMap<>();
        Map<String, long[]> expected = new TreeMap<>();
        int refusedRegistrations = 0;
        for (Answer answer : answers) {
            if (answer.kind().equals("REGISTER")) {
                registrations.put(answer.tag(), answer);
                if (answer.status() == 201) {
                    expected.put(answer.reference(), new long[] {answer.version(), answer.version()});
                } else if (answer.status() > 0) {
                    refusedRegistrations++;
                }
            }
        }
        for (Answer answer : answers) {
            if (answer.kind().equals("ACT") && expected.containsKey(answer.reference())) {
                long[] range = expected.get(answer.reference());
                if (answer.status() == 200) {
                    range[0]++;
                    range[1]++;
                } else if (answer.status() < 0) {
                    range[1]++;
                }
            }
        }
        int stored = 0;
        int phantom = 0;
        int wrongVersion = 0;
        int gaps = 0;
        String run = registrations.keySet().iterator().next().replaceAll("-\\d+-\\d+$", "-");
        try (Connection db = connect();
                // The reminder job adds REMINDER_SENT events without changing a claim's version (the first claims,
                // received in 2024, are overdue): they count for the sequence, not for the version.
                PreparedStatement query = db.prepareStatement("SELECT c.allegation_reference, c.reference, c.version,"
                        + " (SELECT COUNT(*) FROM claim_event e WHERE e.claim_id = c.id AND e.action <> 'REMINDER_SENT'),"
                        + " (SELECT COUNT(*) = MAX(e.sequence) FROM claim_event e WHERE e.claim_id = c.id) FROM claim c"
                        + " WHERE c.allegation_reference LIKE ?")) {
            query.setString(1, run + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Answer registration = registrations.get(rows.getString(1));
                    long version = rows.getLong(3);
                    if (registration == null || (registration.status() != 201 && registration.status() > 0)) {
                        phantom++;
                        continue;
                    }
                    if (registration.status() == 201) {
                        stored++;
                        long[] range = expected.get(rows.getString(2));
                        if (version < range[0] || version > range[1]) {
                            wrongVersion++;
                            System.out.printf("  %s: version %d, expected %d..%d%n", rows.getString(2), version, range[0], range[1]);
                        }
                    }
                    if (rows.getLong(4) != version || !rows.getBoolean(5)) {
                        gaps++;
                    }
                }
            }
        }
        System.out.printf(
                "database after: %d of %d claims answered 201 stored; %d registrations refused or failed, %d of them"
                        + " stored; %d claims whose version is not their registration plus their actions answered"
                        + " 200; %d timelines whose events (reminders aside) differ from their version or whose sequence has a"
                        + " gap%n",
                stored, expected.size(), refusedRegistrations, phantom, wrongVersion, gaps);
        goal(stored == expected.size(), "every claim answered 201 is stored");
        goal(phantom == 0, "no claim of a refused registration");
        goal(wrongVersion == 0, "every action answered 200 stored, none refused stored");
        goal(gaps == 0, "every timeline gapless");
    }

    private void importUnderFault(Path csv) throws Exception {
        HttpClient admin = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        long before = count("SELECT COUNT(*) FROM claim");
        byte[] file = Files.readAllBytes(csv);
        HttpResponse<String> sent = admin.send(
                HttpRequest.newBuilder(URI.create(base + "/claims/api/imports"))
                        .header("Authorization", basic("vra.admin"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        goal(sent.statusCode() == 202, "the import is accepted (" + sent.statusCode() + " " + sent.body() + ")");
        if (sent.statusCode() != 202) {
            return;
        }
        String location = sent.headers().firstValue("Location").orElseThrow();
        String progress = "";
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline) {
            progress = get(admin, location).body();
            Matcher written = Pattern.compile("\"claimsWritten\":(\\d+)").matcher(progress);
            if (written.find() && Long.parseLong(written.group(1)) >= 1_000) {
                break;
            }
            if (!progress.contains("RUNNING")) {
                break;
            }
            pause(100);
        }
        System.out.println("import before the kill: " + progress);
        List<String> command = commandOf(dbPid);
        Path cwd = Path.of("/proc/" + dbPid + "/cwd").toRealPath();
        long killedAt = System.currentTimeMillis();
        new ProcessBuilder("kill", "-KILL", Long.toString(dbPid)).start().waitFor();
        Thread.sleep(3_000);
        long backAt = restart(command, cwd);
        System.out.printf("killed mariadbd in the middle of the import; back %d ms later%n", backAt - killedAt);
        String ended = "";
        int status = 0;
        deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            HttpResponse<String> now = get(admin, location);
            status = now.statusCode();
            ended = now.body();
            if (status != 200 || !ended.contains("\"RUNNING\"")) {
                break;
            }
            pause(500);
        }
        System.out.println("the import after the kill: " + status + " " + ended);
        goal(status == 404 || ended.contains("\"FAILED\""), "the import ends FAILED");
        long after = count("SELECT COUNT(*) FROM claim");
        System.out.printf("claims before the import %d, after the failed import %d%n", before, after);
        goal(after == before, "nothing of the failed import stays");

        long started = System.currentTimeMillis();
        HttpResponse<String> again = admin.send(
                HttpRequest.newBuilder(URI.create(base + "/claims/api/imports"))
                        .header("Authorization", basic("vra.admin"))
                        .header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(file))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String outcome = again.body();
        if (again.statusCode() == 202) {
            String next = again.headers().firstValue("Location").orElseThrow();
            deadline = System.currentTimeMillis() + 600_000;
            do {
                pause(1_000);
                outcome = get(admin, next).body();
            } while (outcome.contains("\"RUNNING\"") && System.currentTimeMillis() < deadline);
        }
        long imported = count("SELECT COUNT(*) FROM claim") - before;
        System.out.printf("the same file sent again: %s; %d claims imported in %d ms%n",
                outcome.length() > 300 ? outcome.substring(0, 300) : outcome, imported, System.currentTimeMillis() - started);
        goal(outcome.contains("\"IMPORTED\"") && imported == 10_000, "the same file imports entirely afterwards");
    }

    private HttpResponse<String> get(HttpClient http, String location) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(location.startsWith("http") ? location : base + location))
                        .timeout(java.time.Duration.ofSeconds(45))
                        .header("Authorization", basic("vra.admin"))
                        .header("Accept", "application/json")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Starts mariadbd again with the command line it had; returns when it answers (at most 60 s). */
    private long restart(List<String> command, Path cwd) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(cwd.toFile())
                .redirectErrorStream(true)
                .redirectOutput(state.resolveSibling("mariadbd-restarted.log").toFile())
                .start();
        dbPid = process.pid();
        Files.writeString(state, Long.toString(dbPid));
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection ignored = connect()) {
                return System.currentTimeMillis();
            } catch (SQLException notYet) {
                pause(100);
            }
        }
        throw new IllegalStateException("mariadbd did not come back within 60 s");
    }

    private static List<String> commandOf(long pid) throws IOException {
        String raw = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.UTF_8);
        return List.of(raw.split("\0"));
    }

    private long count(String sql) throws SQLException {
        try (Connection db = connect();
                ResultSet row = db.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbc, "claims_owner", "claims-owner-dev-only");
    }

    /** Polls GET /health/ready every 100 ms: when it was UP and when DOWN. */
    private final class Readiness implements Runnable {
        volatile boolean stop;
        final Map<Long, Boolean> seen = new ConcurrentHashMap<>();

        @Override
        public void run() {
            HttpClient http = HttpClient.newBuilder().connectTimeout(java.time.Duration.ofSeconds(2)).build();
            while (!stop) {
                long at = System.currentTimeMillis();
                boolean up;
                try {
                    up = http.send(
                                            HttpRequest.newBuilder(URI.create(base + "/health/ready"))
                                                    .timeout(java.time.Duration.ofSeconds(5))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode()
                            == 200;
                } catch (IOException | InterruptedException e) {
                    up = false;
                }
                seen.put(System.currentTimeMillis(), up);
                pause(Math.max(0, 100 - (System.currentTimeMillis() - at)));
            }
        }

        /** The first time at or after {@code from} that readiness answered {@code up}; -1 if never. */
        long firstAfter(long from, boolean up) {
            return new TreeMap<>(seen).entrySet().stream()
                    .filter(e -> e.getKey() >= from && e.getValue() == up)
                    .mapToLong(Map.Entry::getKey)
                    .findFirst()
                    .orElse(-1);
        }
    }

    private static Thread start(Runnable task) {
        Thread thread = new Thread(task);
        thread.start();
        return thread;
    }

    private void goal(boolean met, String goal) {
        System.out.println((met ? "  met: " : "  MISSED: ") + goal);
        if (!met) {
            missed.add(goal);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
