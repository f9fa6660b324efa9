package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The legacy import past one batch, with a file from the benchmark's generator ({@code bench/LegacyCsv.java}): claims
 * written in batches are all rolled back when one row is refused late. The import's speed is measured by
 * {@code bench/benchmark.sh}, never here. The file is sent as a client does: answered at once, then followed at the
 * import's address.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LegacyImportVolumeIT {

    /** More rows than the import writes between two flushes (500), so that one batch is in the database. */
    private static final int PAST_ONE_BATCH = 600;

    private static final Path GENERATOR = Path.of("..", "bench", "LegacyCsv.java");

    private static final String IMPORTS = "/claims/api/imports";

    private final ApiClient admin = ApiClient.as("vra.admin");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /**
     * The refused row comes after a batch was flushed: it goes too. The blocks of ids its claims took stay taken
     * (V108): its 600 claims need more than the block of 500 the server may hold, and blocks are taken on a
     * connection of their own and committed at once, so that no writer waits for the import's transaction, and a
     * block is never handed out again after a rollback.
     */
    @Test
    void aRowTheClaimRefusesAfterSeveralBatchesWereWrittenLeavesNothingBehind() throws Exception {
        String good = generate(PAST_ONE_BATCH, 7, 3_000_000);
        String refused = "PC-2016-3999999,2016-01-04,PATERNITY,MONUSCO,,MILITARY_CONTINGENT,NPL,"
                + "PATERNITY_ESTABLISHED,ESTABLISHED,,2016-02-01,2016-03-01,2016-04-01,2016-05-01,,2015,\r\n";
        long before = total();
        long claimIdsBefore = TestDatabase.allocatedIds("claim");

        ApiClient.Reply reply = admin.importCsv(good + refused);

        assertEquals(422, reply.status(), reply.response().body());
        JsonObject problem = reply.json().getJsonArray("problems").getJsonObject(0);
        assertEquals(PAST_ONE_BATCH + 2, problem.getInt("row"));
        assertEquals("status", problem.getString("column"));
        assertEquals(before, total());
        assertTrue(
                TestDatabase.allocatedIds("claim") > claimIdsBefore,
                "the blocks of the claims written before the refusal are still taken: " + claimIdsBefore + " then "
                        + TestDatabase.allocatedIds("claim"));
        ApiClient.Reply again = admin.importCsv(good);
        assertEquals("IMPORTED", again.json().getString("state"), "the references were not kept");
    }

    /**
     * The request that sends a file is answered at once, before any claim is written; the import is followed at its
     * address until it ends, and only then are its claims in the register. A request refused before the import
     * started leaves nothing, and only an administrator may follow an import.
     */
    @Test
    void anImportIsAcceptedAtOnceAndFollowedToItsEnd() throws Exception {
        // The measures rebuilt first, so that the import adds to them, whichever test ran before.
        admin.runJob(MeasuresIT.REBUILD, "");
        String csv = generate(PAST_ONE_BATCH, 11, 4_000_000);
        long before = total();

        assertEquals(403, ApiClient.as("vra.officer").postCsv(IMPORTS, csv).status());
        assertEquals(before, total());

        ApiClient.Reply accepted = admin.postCsv(IMPORTS, csv);
        assertEquals(202, accepted.status(), accepted.response().body());
        String id = accepted.json().getString("id");
        assertTrue(accepted.header("Location").endsWith(IMPORTS + "/" + id), accepted.header("Location"));
        assertEquals(403, ApiClient.as("vra.officer").get(IMPORTS + "/" + id).status());
        ApiClient.Reply ended = admin.follow(IMPORTS + "/" + id);

        assertEquals(200, ended.status(), ended.response().body());
        assertEquals("IMPORTED", ended.json().getString("state"));
        assertEquals(PAST_ONE_BATCH, ended.json().getInt("claimsWritten"));
        assertEquals(PAST_ONE_BATCH, ended.json().getJsonArray("references").size());
        assertEquals(before + PAST_ONE_BATCH, total());
        assertEquals(404, admin.get(IMPORTS + "/no-such-import").status());
        // The measures of the two batches' day and month rows, and of the year rows written once at the end.
        MeasuresIT.assertNoDrift(admin, LocalDate.now(ZoneOffset.UTC), null);
    }

    private long total() {
        return admin.get("/claims/api/claims?size=1")
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    private static String generate(int rows, long seed, int firstReference) throws IOException, InterruptedException {
        Process java = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        GENERATOR.toString(),
                        String.valueOf(rows),
                        String.valueOf(seed),
                        String.valueOf(firstReference))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String csv = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, java.waitFor(), "the generator failed");
        assertTrue(csv.lines().count() > rows);
        return csv;
    }
}
