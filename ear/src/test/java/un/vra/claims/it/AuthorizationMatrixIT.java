package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Drives {@code authorization-matrix.psv}: every API endpoint and page, by kind of caller, over HTTP against the
 * deployed EAR (not by reading annotations), plus every claim-scoped row tried by each State's focal point on
 * many claims of the other State, each attempt refused as if the claim did not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {

    private static final Logger LOG = Logger.getLogger(AuthorizationMatrixIT.class.getName());
    private static final int CLAIMS_PER_STATE = 15;
    private static final Set<Integer> REACHED = Set.of(200, 201, 202, 204, 400, 409, 412, 422);
    private static final String LEGACY_CSV = "reference,received_on\n";

    private static final Map<String, ApiClient> CALLERS = Map.of(
            "VRA_OFFICER", ApiClient.as("vra.officer"),
            "VRA_ADMIN", ApiClient.as("vra.admin"),
            "FOCAL_OWN", ApiClient.as("focal.npl"),
            "FOCAL_OTHER", ApiClient.as("focal.zaf"),
            "TASK_FORCE", ApiClient.as("taskforce"),
            "AUDITOR", ApiClient.as("auditor"),
            "ANONYMOUS", ApiClient.anonymous());

    private final ApiClient officer = ApiClient.as("vra.officer");

    /**
     * The documents an officer attached to each claim that a row needs: {@code {document}} shared with the
     * claim's State, {@code {unDocument}} the UN's alone.
     */
    private final Map<String, String> documents = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** One line of the matrix. */
    record Row(String method, String path, String body, Map<String, String> expected) {

        boolean claimScoped() {
            return path.contains("{claim}");
        }

        boolean needsDocument() {
            return path.contains("{document}") || path.contains("{unDocument}");
        }
    }

    @Test
    void everyCallerGetsExactlyWhatTheMatrixSays() throws IOException {
        List<Row> rows = matrix();
        List<String> mismatches = new ArrayList<>();
        for (Row row : rows) {
            String nepalClaim = row.claimScoped() ? notified(ClaimsApiIT.NEPAL_CLAIM) : null;
            for (Map.Entry<String, String> expectation : row.expected().entrySet()) {
                int status = attempt(CALLERS.get(expectation.getKey()), row, nepalClaim);
                if (!matches(expectation.getValue(), status)) {
                    mismatches.add(row.method() + " " + row.path() + " as " + expectation.getKey() + ": expected "
                            + expectation.getValue() + ", got " + status);
                }
            }
        }
        assertEquals(List.of(), mismatches);
        assertTrue(rows.size() >= 35, "the matrix covers every endpoint and page: " + rows.size());
    }

    @Test
    void noFocalPointReachesAnyClaimOfAnotherStateByAnyPath() throws IOException {
        List<Row> claimRows = matrix().stream().filter(Row::claimScoped).toList();
        String zafClaimJson = ClaimsApiIT.NEPAL_CLAIM.replace("NPL", "ZAF");
        List<String> setUp = claimRows.stream().anyMatch(Row::needsDocument)
                ? List.of("REGISTER", "NOTIFY_MEMBER_STATE", "NOTE_VERBALE_SENT", "ADD_DOCUMENT", "ADD_DOCUMENT")
                : List.of("REGISTER", "NOTIFY_MEMBER_STATE", "NOTE_VERBALE_SENT");
        List<String> leaks = new ArrayList<>();
        int attempts = 0;
        for (int i = 0; i < CLAIMS_PER_STATE; i++) {
            String nepal = notified(ClaimsApiIT.NEPAL_CLAIM);
            String southAfrica = notified(zafClaimJson);
            for (Row row : claimRows) {
                attempts += 2;
                int zafOnNepal = attempt(CALLERS.get("FOCAL_OTHER"), row, nepal);
                int nplOnSouthAfrica = attempt(CALLERS.get("FOCAL_OWN"), row, southAfrica);
                if (zafOnNepal != 404) {
                    leaks.add("focal.zaf " + row.method() + " " + row.path() + " on " + nepal + ": " + zafOnNepal);
                }
                if (nplOnSouthAfrica != 404) {
                    leaks.add("focal.npl " + row.method() + " " + row.path() + " on " + southAfrica + ": "
                            + nplOnSouthAfrica);
                }
            }
            assertEquals(setUp, timelineActions(nepal), "nothing was written to " + nepal);
        }
        assertEquals(List.of(), leaks);
        assertTrue(attempts >= 500, "cross-tenant attempts: " + attempts);
        LOG.info("cross-tenant attempts, all refused with 404: " + attempts);
    }

    @Test
    void listsAndMetricsNeverCarryAnotherStatesClaims() {
        officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String items = CALLERS.get("FOCAL_OTHER")
                .get("/claims/api/claims?memberState=NPL&size=200")
                .response()
                .body();
        assertTrue(items.contains("\"total\":0"), items);
        String own = CALLERS.get("FOCAL_OTHER")
                .get("/claims/api/claims?size=200")
                .response()
                .body();
        assertTrue(!own.contains("\"memberState\":\"NPL\""), "no Nepal claim in South Africa's list");
        String rows = CALLERS.get("FOCAL_OTHER")
                .get("/claims/api/metrics/member-states")
                .response()
                .body();
        assertTrue(!rows.contains("\"NPL\""), rows);
        String byState = CALLERS.get("FOCAL_OTHER")
                .get("/claims/api/metrics/breakdown?by=memberState")
                .response()
                .body();
        assertTrue(!byState.contains("\"NPL\""), byState);
        String responsiveness = CALLERS.get("FOCAL_OTHER")
                .get("/claims/api/metrics/responsiveness?memberState=NPL")
                .response()
                .body();
        assertTrue(
                responsiveness.contains("\"memberState\":\"ZAF\"") && !responsiveness.contains("NPL"), responsiveness);
    }

    private int attempt(ApiClient caller, Row row, String claim) {
        String path = row.path().replace("{claim}", claim == null ? "" : claim);
        if (row.needsDocument()) {
            path = path.replace(
                            "{document}",
                            documents.computeIfAbsent(
                                    claim, attachedTo -> DocumentsIT.attach(officer, attachedTo, true)))
                    .replace(
                            "{unDocument}",
                            documents.computeIfAbsent(
                                    claim + " UN", attachedTo -> DocumentsIT.attach(officer, claim, false)));
        }
        String body = switch (row.body()) {
            case "" -> row.method().equals("POST") ? "{}" : null;
            case "NEW_CLAIM" -> ClaimsApiIT.NEPAL_CLAIM;
            case "LEGACY_CSV" -> LEGACY_CSV;
            default -> row.body();
        };
        String type = "LEGACY_CSV".equals(row.body()) ? "text/csv" : "application/json";
        String version = claim != null && !row.method().equals("GET") ? String.valueOf(officer.version(claim)) : null;
        if ("PDF".equals(row.body())) {
            return caller.upload(path, version, "matrix.pdf", DocumentsIT.PDF, null)
                    .status();
        }
        return caller.send(row.method(), path, body, type, version).status();
    }

    private static boolean matches(String expected, int status) {
        return "ok".equals(expected) ? REACHED.contains(status) : Integer.parseInt(expected) == status;
    }

    /** A claim the officer registered and notified to its State, which only then may see it. */
    private String notified(String json) {
        String reference = officer.register(json);
        officer.act(
                reference, "NOTIFY_MEMBER_STATE", officer.version(reference), "{\"noteVerbaleReference\":\"NV-M\"}");
        return reference;
    }

    private List<String> timelineActions(String reference) {
        return officer.get("/claims/api/claims/" + reference + "/timeline").json().getJsonArray("events").stream()
                .map(event -> event.asJsonObject().getString("action"))
                .toList();
    }

    static List<Row> matrix() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                AuthorizationMatrixIT.class.getResourceAsStream("/authorization-matrix.psv"),
                StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
            List<String> header = split(lines.get(0));
            Function<String, Row> parse = line -> {
                List<String> fields = split(line);
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 3; i < header.size(); i++) {
                    expected.put(header.get(i), fields.get(i));
                }
                return new Row(fields.get(0), fields.get(1), fields.get(2), expected);
            };
            return lines.subList(1, lines.size()).stream().map(parse).toList();
        }
    }

    private static List<String> split(String line) {
        return List.of(line.split("\\s\\|\\s", -1)).stream().map(String::trim).toList();
    }
}
