package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

/** Many people acting on one claim at once: every success is on the timeline, every loser is told. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentActionsIT {

    private static final int THREADS = 8;
    private static final int ATTEMPTS_EACH = 6;

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
}
