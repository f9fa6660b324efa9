package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Many people acting on the same claims at once, each with the version they read: every success is on the
 * timeline exactly once, every loser is told (412 or 409), and a claim's version counts its events.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentActionsIT {

    private static final int THREADS = 8;
    private static final int ATTEMPTS_EACH = 6;
    private static final int CLAIMS = Integer.getInteger("concurrency.claims", 50);
    private static final int CLIENTS = Integer.getInteger("concurrency.clients", 32);
    private static final int ACTIONS = Integer.getInteger("concurrency.actions", 1_000);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void concurrentCommentsNeverLoseAnEventAndEveryLoserGets412Or409() throws Exception {
        String ref = ApiClient.notifiedByAdmin(ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM));
        long startVersion = ApiClient.as("vra.officer").version(ref);
        AtomicInteger successes = new AtomicInteger();
        Set<String> successfulTexts = ConcurrentHashMap.newKeySet();
        List<String> refusals = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            results.add(pool.submit(() -> {
                ApiClient client = ApiClient.as(thread % 2 == 0 ? "vra.officer" : "focal.npl");
                List<String> refused = new ArrayList<>();
                for (int attempt = 0; attempt < ATTEMPTS_EACH; attempt++) {
                    String text = "comment " + thread + "-" + attempt;
                    ApiClient.Reply reply =
                            client.act(ref, "ADD_COMMENT", client.version(ref), "{\"text\":\"" + text + "\"}");
                    if (reply.status() == 200) {
                        successes.incrementAndGet();
                        successfulTexts.add(text);
                    } else {
                        refused.add(reply.status() + " " + reply.response().body());
                    }
                }
                return refused;
            }));
        }
        for (Future<List<String>> result : results) {
            refusals.addAll(result.get(2, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertEquals(THREADS * ATTEMPTS_EACH, successes.get() + refusals.size());
        assertTrue(
                refusals.stream()
                        .allMatch(refusal -> refusal.startsWith("412 ") && refusal.contains("STALE_VERSION")
                                || refusal.startsWith("409 ")),
                refusals.toString());
        JsonArray timeline = ApiClient.as("vra.officer")
                .get("/claims/api/claims/" + ref + "/timeline")
                .json()
                .getJsonArray("events");
        List<String> recorded = timeline.stream()
                .map(e -> e.asJsonObject())
                .filter(e -> "ADD_COMMENT".equals(e.getString("action")))
                .map(e -> e.getJsonObject("details").getString("text"))
                .toList();
        assertEquals(successes.get(), recorded.size());
        assertEquals(successfulTexts, Set.copyOf(recorded));
        assertEquals(startVersion + successes.get(), ApiClient.as("vra.officer").version(ref));
    }

    @Test
    void aThousandActionsOnFiftyClaimsFromThirtyTwoClientsLoseNothingAndKeepEveryTimelineWhole() throws Exception {
        SessionClient admin = SessionClient.signedIn("vra.admin");
        List<String> claims = new ArrayList<>();
        for (int i = 0; i < CLAIMS; i++) {
            claims.add(ApiClient.notifiedByAdmin(ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM)));
        }
        Map<String, Long> startVersions = new HashMap<>();
        Map<String, Integer> startEvents = new HashMap<>();
        for (String claim : claims) {
            startVersions.put(claim, version(admin, claim));
            startEvents.put(claim, timeline(admin, claim).size());
        }
        Map<String, Set<String>> succeeded = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        AtomicInteger attempts = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long started = System.nanoTime();
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                SessionClient session = SessionClient.signedIn(client % 2 == 0 ? "vra.officer" : "focal.npl");
                Random random = new Random(client);
                for (int n = attempts.getAndIncrement(); n < ACTIONS; n = attempts.getAndIncrement()) {
                    String claim = claims.get(random.nextInt(claims.size()));
                    String text = "comment " + n + " by client " + client;
                    HttpResponse<String> answer =
                            session.act(claim, "ADD_COMMENT", version(session, claim), "{\"text\":\"" + text + "\"}");
                    statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger())
                            .incrementAndGet();
                    if (answer.statusCode() == 200) {
                        succeeded
                                .computeIfAbsent(claim, k -> ConcurrentHashMap.newKeySet())
                                .add(text);
                    } else if (!(answer.statusCode() == 412 && answer.body().contains("STALE_VERSION")
                            || answer.statusCode() == 409)) {
                        throw new AssertionError(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : clients) {
            client.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        int lost = 0;
        int gaps = 0;
        for (String claim : claims) {
            Set<String> expected = succeeded.getOrDefault(claim, Set.of());
            List<JsonObject> events = timeline(admin, claim);
            List<String> comments = events.subList(startEvents.get(claim), events.size()).stream()
                    .map(event -> event.getJsonObject("details").getString("text"))
                    .toList();
            lost += expected.size()
                    - (int) comments.stream()
                            .filter(expected::contains)
                            .distinct()
                            .count();
            boolean whole = comments.size() == expected.size()
                    && Set.copyOf(comments).equals(expected)
                    && version(admin, claim) - startVersions.get(claim) == events.size() - startEvents.get(claim)
                    && ordered(events);
            gaps += whole ? 0 : 1;
        }
        int successes = succeeded.values().stream().mapToInt(Set::size).sum();
        System.out.printf(
                "Concurrent actions: %d actions on %d claims from %d clients in %d ms (%.0f/s): %d recorded, statuses %s,"
                        + " lost updates %d, claims with a broken timeline %d%n",
                ACTIONS,
                CLAIMS,
                CLIENTS,
                millis,
                ACTIONS * 1000.0 / Math.max(1, millis),
                successes,
                new TreeMap<>(statuses),
                lost,
                gaps);
        assertEquals(
                ACTIONS, statuses.values().stream().mapToInt(AtomicInteger::get).sum());
        assertEquals(0, lost, "lost updates");
        assertEquals(0, gaps, "claims whose timeline, version and successes disagree");
        assertTrue(successes > 0);
    }

    @Test
    void aRegistrationSentAgainUnderItsIdempotencyKeyOpensOneFileEvenAtOnce() throws Exception {
        ApiClient officer = ApiClient.as("vra.officer");
        String key = "retry-" + java.util.UUID.randomUUID();
        String allegation = "IDEM-" + key;
        String claim = """
                {"receivedOn":"2024-03-01","claimType":"PATERNITY","mission":"MONUSCO","allegationReference":"%s",
                 "personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL"}""".formatted(allegation);

        ApiClient.Reply first = officer.registerOnce(key, claim);
        assertEquals(201, first.status(), first.response().body());
        assertTrue(first.response().headers().firstValue("Idempotent-Replayed").isEmpty());
        String reference = first.json().getString("reference");
        ApiClient.Reply again = officer.registerOnce(key, claim);
        assertEquals(201, again.status(), again.response().body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(reference, again.json().getString("reference"), "the claim the first request registered");
        assertEquals(first.header("Location"), again.header("Location"));

        ApiClient.Reply other = officer.registerOnce(key, claim.replace("2024-03-01", "2024-03-02"));
        assertEquals(422, other.status(), other.response().body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", other.json().getString("code"));
        ApiClient.Reply malformed = officer.registerOnce("two words", claim);
        assertEquals(400, malformed.status(), malformed.response().body());
        assertEquals("VALIDATION", malformed.json().getString("code"));
        ApiClient.Reply byAnother = ApiClient.as("vra.admin").registerOnce(key, claim);
        assertEquals(201, byAnother.status(), "a key is its account's own");
        assertTrue(!reference.equals(byAnother.json().getString("reference")));
        assertEquals(2, claimsOf(allegation), "one claim per account, none for the refused requests");

        String atOnce = "at-once-" + java.util.UUID.randomUUID();
        String sameClaim = claim.replace(allegation, "IDEM-" + atOnce);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            replies.add(pool.submit(() -> officer.registerOnce(atOnce, sameClaim)));
        }
        Set<String> references = new java.util.HashSet<>();
        for (Future<ApiClient.Reply> reply : replies) {
            ApiClient.Reply answer = reply.get(2, TimeUnit.MINUTES);
            assertTrue(
                    answer.status() == 201 || answer.status() == 409,
                    answer.response().body());
            if (answer.status() == 201) {
                references.add(answer.json().getString("reference"));
            } else {
                assertEquals("CONFLICT", answer.json().getString("code"));
            }
        }
        pool.shutdown();
        assertEquals(1, references.size(), "every 201 names the same claim: " + references);
        assertEquals(1, claimsOf("IDEM-" + atOnce), "one file for " + THREADS + " requests at once");
    }

    @Test
    void anActionSentAgainUnderItsIdempotencyKeyIsRecordedOnceAndAnsweredAsTaken() throws Exception {
        ApiClient officer = ApiClient.as("vra.officer");
        ApiClient.Reply registered = officer.post("/claims/api/claims", """
                {"receivedOn":"2024-03-01","claimType":"PATERNITY","mission":"MONUSCO",
                 "personnelCategory":"MILITARY_CONTINGENT","memberState":"NPL"}""");
        assertEquals(201, registered.status(), registered.response().body());
        String reference = registered.json().getString("reference");
        long version = registered.json().getJsonNumber("version").longValue();
        String key = "act-" + java.util.UUID.randomUUID();
        String comment = "{\"text\":\"sent twice, recorded once\"}";

        ApiClient.Reply first = officer.actOnce(key, reference, "ADD_COMMENT", version, comment);
        assertEquals(200, first.status(), first.response().body());
        assertTrue(first.response().headers().firstValue("Idempotent-Replayed").isEmpty());
        ApiClient.Reply again = officer.actOnce(key, reference, "ADD_COMMENT", version, comment);
        assertEquals(
                200,
                again.status(),
                "not 412: the action was taken under this key; "
                        + again.response().body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals(1, eventsOf(reference, "ADD_COMMENT"), "one comment for two requests");

        ApiClient.Reply other = officer.actOnce(key, reference, "ADD_COMMENT", version + 1, comment);
        assertEquals(422, other.status(), other.response().body());
        assertEquals("IDEMPOTENCY_KEY_REUSED", other.json().getString("code"));
        ApiClient.Reply withoutKey = officer.act(reference, "ADD_COMMENT", version, comment);
        assertEquals(412, withoutKey.status(), "without its key, the same request is stale");
        ApiClient.Reply registrationKey = officer.registerOnce(key, "{}");
        assertTrue(
                registrationKey.status() == 400 || registrationKey.status() == 422,
                registrationKey.response().body());
        assertEquals(1, eventsOf(reference, "ADD_COMMENT"), "nothing recorded by the refused requests");
    }

    /**
     * A registration the database rolls back to end a deadlock is done again, not answered 500. The test holds,
     * in one heavy transaction (so that the database chooses the registration as the victim), the allegation the
     * claim names; the registration takes its year's reference counter, then waits for that allegation; the
     * test then asks for the counter, and the two wait for each other.
     */
    @Test
    void aRegistrationChosenAsADeadlocksVictimIsDoneAgainAndRegisteredOnce() throws Exception {
        String allegation = "DEADLOCK-" + java.util.UUID.randomUUID();
        int year = 2016;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (java.sql.Connection holder = TestDatabase.connect();
                java.sql.Connection watcher = TestDatabase.connect()) {
            holder.setAutoCommit(false);
            try (java.sql.Statement heavy = holder.createStatement()) {
                heavy.executeUpdate("INSERT INTO claim_reference_counter (year_received, last_number)"
                        + " SELECT 5000 + seq, 0 FROM seq_0_to_199");
                heavy.executeUpdate("INSERT INTO allegation (reference, year, mission) VALUES ('" + allegation + "', "
                        + year + ", 'MONUSCO')");
            }
            watcher.setTransactionIsolation(java.sql.Connection.TRANSACTION_READ_UNCOMMITTED);
            long counterBefore = counter(watcher, year);
            Future<ApiClient.Reply> registration = pool.submit(
                    () -> ApiClient.as("vra.officer").post("/claims/api/claims", """
                            {"receivedOn":"%d-06-01","claimType":"PATERNITY","mission":"MONUSCO",
                             "allegationReference":"%s","personnelCategory":"MILITARY_CONTINGENT",
                             "memberState":"NPL"}""".formatted(year, allegation)));
            long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (counter(watcher, year) == counterBefore && System.nanoTime() < giveUp) {
                Thread.sleep(20);
            }
            assertTrue(counter(watcher, year) != counterBefore, "the registration took its year's counter");
            Future<?> counterTaken = pool.submit(() -> {
                try (java.sql.Statement lock = holder.createStatement()) {
                    lock.executeQuery("SELECT last_number FROM claim_reference_counter WHERE year_received = " + year
                                    + " FOR UPDATE")
                            .close();
                }
                return null;
            });
            counterTaken.get(1, TimeUnit.MINUTES);
            holder.rollback();
            ApiClient.Reply reply = registration.get(2, TimeUnit.MINUTES);
            assertEquals(
                    201,
                    reply.status(),
                    "done again after the deadlock: " + reply.response().body());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, claimsOf(allegation), "registered once");
    }

    /** The year's reference counter as the database holds it now, committed or not. */
    private static long counter(java.sql.Connection uncommitted, int year) throws java.sql.SQLException {
        try (java.sql.Statement read = uncommitted.createStatement();
                java.sql.ResultSet row = read.executeQuery(
                        "SELECT last_number FROM claim_reference_counter WHERE year_received = " + year)) {
            return row.next() ? row.getLong(1) : -1;
        }
    }

    private static long eventsOf(String reference, String action) throws java.sql.SQLException {
        try (java.sql.Connection db = TestDatabase.connect();
                java.sql.PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM claim_event e"
                        + " JOIN claim c ON c.id = e.claim_id WHERE c.reference = ? AND e.action = ?")) {
            count.setString(1, reference);
            count.setString(2, action);
            try (java.sql.ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static long claimsOf(String allegation) throws java.sql.SQLException {
        try (java.sql.Connection db = TestDatabase.connect();
                java.sql.PreparedStatement count =
                        db.prepareStatement("SELECT COUNT(*) FROM claim WHERE allegation_reference = ?")) {
            count.setString(1, allegation);
            try (java.sql.ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Events in the order they were recorded: ids and recording times both rise. */
    private static boolean ordered(List<JsonObject> events) {
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).getJsonNumber("id").longValue()
                            <= events.get(i - 1).getJsonNumber("id").longValue()
                    || events.get(i)
                                    .getString("recordedAt")
                                    .compareTo(events.get(i - 1).getString("recordedAt"))
                            < 0) {
                return false;
            }
        }
        return true;
    }

    private static long version(SessionClient session, String claim) {
        HttpResponse<String> read = session.get("/claims/api/claims/" + claim);
        return Long.parseLong(read.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    private static List<JsonObject> timeline(SessionClient session, String claim) {
        try (JsonReader reader = Json.createReader(new StringReader(
                session.get("/claims/api/claims/" + claim + "/timeline").body()))) {
            return reader.readObject().getJsonArray("events").getValuesAs(JsonObject.class);
        }
    }
}
