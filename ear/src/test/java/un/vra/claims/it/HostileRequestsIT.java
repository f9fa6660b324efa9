package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bodies built to hurt the server, and requests another site makes a signed-in browser send: each gets a
 * clear refusal at once, nothing changes, and the server keeps answering everybody else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

    /** More than Payara's HTTP threads: had one of them spun, the last request would never be answered. */
    private static final int AT_ONCE = 12;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void unclosedArraysInAnActionBodyAreRefusedAndEveryoneElseIsStillAnswered() throws Exception {
        ApiClient focal = ApiClient.as("focal.npl");
        String reference = notifiedNepalClaim();
        long version = focal.version(reference);
        List<String> bodies = List.of(
                "{\"text\":\"x\",\"onBehalfOf\":[[[[",
                "{\"text\":\"x\",\"unknown\":[[[[[[",
                "{\"text\":\"x\",\"unknown\":{\"a\":{\"b\":[",
                "{\"text\":\"x\",\"amount\":1e999999999}");
        ExecutorService clients = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<CompletableFuture<ApiClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                String body = bodies.get(i % bodies.size());
                replies.add(CompletableFuture.supplyAsync(
                        () -> focal.act(reference, "ADD_COMMENT", version, body), clients));
            }
            for (CompletableFuture<ApiClient.Reply> reply : replies) {
                ApiClient.Reply refused = reply.get(20, TimeUnit.SECONDS);
                assertEquals(400, refused.status(), refused.response().body());
                assertEquals("MALFORMED_BODY", refused.json().getString("code"));
            }
        } finally {
            clients.shutdownNow();
        }
        HttpResponse<String> other = http.send(
                HttpRequest.newBuilder(URI.create(Deployments.BASE + "/claims/api/claims?size=1"))
                        .header("Authorization", basic("vra.officer"))
                        .timeout(Duration.ofSeconds(10))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, other.statusCode(), "another person is answered after the hostile bodies");
        assertEquals(version, focal.version(reference), "nothing was recorded");
    }

    @Test
    void aRefusalSpeaksTheCallersLanguageWithTheSameCodeAndEnglishWhenItSpeaksNoneOfOurs() throws Exception {
        String body = ClaimsApiIT.NEPAL_CLAIM.replace("\"PATERNITY\"", "\"NOPE\"");
        HttpResponse<String> french = registerIn("fr-CH, fr;q=0.9, en;q=0.5", body);
        assertEquals(400, french.statusCode(), french.body());
        assertTrue(french.body().contains("\"code\":\"VALIDATION\""), french.body());
        assertTrue(french.body().contains("La requête n'est pas valable\u00a0: vérifiez claimType."), french.body());

        HttpResponse<String> german = registerIn("de", body);
        assertEquals(400, german.statusCode(), german.body());
        assertTrue(german.body().contains("The request is not valid: check claimType."), german.body());

        HttpResponse<String> unreadableHeader = registerIn(";;;", body);
        assertEquals(400, unreadableHeader.statusCode(), unreadableHeader.body());
        assertTrue(unreadableHeader.body().contains("\"code\":\"VALIDATION\""), unreadableHeader.body());
    }

    private HttpResponse<String> registerIn(String languages, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Deployments.BASE + "/claims/api/claims"))
                        .header("Authorization", basic("vra.officer"))
                        .header("Accept-Language", languages)
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aBodyNestedTooDeepIsRefusedWithTheReason() {
        String deep = "[".repeat(40) + "]".repeat(40);
        ApiClient.Reply refused = ApiClient.as("vra.officer")
                .post("/claims/api/claims", "{\"receivedOn\":\"2024-03-01\",\"extra\":" + deep + "}");
        assertEquals(400, refused.status());
        assertEquals("MALFORMED_BODY", refused.json().getString("code"));
        assertTrue(
                refused.json().getString("detail").contains("deep"),
                refused.json().toString());
    }

    @Test
    void anOversizedJsonBodyIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
        String huge = "{\"text\":\"" + "x".repeat(200_000) + "\"}";
        ApiClient.Reply declared = ApiClient.as("vra.officer").post("/claims/api/claims", huge);
        assertEquals(413, declared.status(), declared.response().body());
        assertEquals("BODY_TOO_LARGE", declared.json().getString("code"));

        HttpResponse<String> chunked = http.send(
                HttpRequest.newBuilder(URI.create(Deployments.BASE + "/claims/api/claims"))
                        .header("Authorization", basic("vra.officer"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.body().contains("BODY_TOO_LARGE"), chunked.body());
    }

    @Test
    void anImportDeclaredLargerThanTheLimitIsAnsweredBeforeItsBodyIsSentAndAfterTheRoleCheck() throws IOException {
        assertTrue(
                statusLineWithoutSendingTheBody("vra.admin", 60_000_000).contains(" 413"),
                "an administrator's 60 MB import is refused before it is read");
        assertTrue(
                statusLineWithoutSendingTheBody("focal.npl", 60_000_000).contains(" 403"),
                "a focal point is refused for its role, whatever the size");
    }

    @Test
    void anImportSentAsPlainTextIsRefusedSinceAnotherSitesFormCanSendThat() {
        ApiClient.Reply plain = ApiClient.as("vra.admin")
                .send("POST", "/claims/api/imports", "reference,received_on\n", "text/plain", null);
        assertEquals(415, plain.status());
    }

    @Test
    void aChangeSignedInByTheSessionCookieAloneNeedsTheCustomHeader() throws Exception {
        String reference = ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM);
        String cookie = sessionCookie("vra.officer");
        long version = ApiClient.as("vra.officer").version(reference);

        HttpResponse<String> withoutHeader = comment(reference, version, cookie, null, null);
        assertEquals(403, withoutHeader.statusCode(), withoutHeader.body());
        assertTrue(withoutHeader.body().contains("CROSS_SITE_REFUSED"), withoutHeader.body());
        assertEquals(version, ApiClient.as("vra.officer").version(reference), "nothing was recorded");

        HttpResponse<String> withHeader = comment(reference, version, cookie, "claims-client", null);
        assertEquals(200, withHeader.statusCode(), withHeader.body());

        HttpResponse<String> fromAnotherSite =
                comment(reference, version + 1, cookie, "claims-client", "https://attacker.example");
        assertEquals(403, fromAnotherSite.statusCode(), fromAnotherSite.body());
    }

    @Test
    void aFormAnotherSitePostsWithTheAdministratorsCookieDeactivatesNobody() throws Exception {
        ApiClient admin = ApiClient.as("vra.admin");
        String username = "zaf.csrf." + System.nanoTime() % 100_000;
        assertEquals(
                201,
                admin.post(
                                "/claims/api/focal-points",
                                "{\"username\":\"" + username
                                        + "\",\"memberState\":\"ZAF\",\"deputy\":true,"
                                        + "\"initialPassword\":\"correct horse battery staple\"}")
                        .status());
        HttpResponse<String> forged = http.send(
                HttpRequest.newBuilder(
                                URI.create(Deployments.BASE + "/claims/api/focal-points/" + username + "/deactivate"))
                        .header("Cookie", sessionCookie("vra.admin"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://attacker.example")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString("confirm=yes"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(forged.statusCode() == 403 || forged.statusCode() == 415, forged.statusCode() + " " + forged.body());
        assertTrue(
                admin.get("/claims/api/focal-points?memberState=ZAF").jsonArray().stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(focal -> focal.getString("username").equals(username) && focal.getBoolean("active")),
                username + " is still active");
    }

    @Test
    void pagesThatShowPersonalDataAreNeverStored() {
        String reference = ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM);
        ApiClient.Reply page = ApiClient.as("vra.officer").get("/claims/claim.xhtml?reference=" + reference);
        assertEquals(200, page.status());
        assertTrue(page.header("Cache-Control").contains("no-store"), page.header("Cache-Control"));
        ApiClient.Reply portal = ApiClient.as("focal.npl").get("/portal/claims.xhtml");
        assertTrue(portal.header("Cache-Control").contains("no-store"), portal.header("Cache-Control"));
        ApiClient.Reply signIn = ApiClient.anonymous().get("/claims/sign-in.xhtml");
        assertTrue(signIn.header("Cache-Control").contains("no-store"), signIn.header("Cache-Control"));
        assertFalse(
                page.response()
                        .headers()
                        .firstValue("Set-Cookie")
                        .orElse("")
                        .toLowerCase(Locale.ROOT)
                        .contains("secure"),
                "the test domain has no TLS in front: the cookie is not marked Secure by default");
    }

    private String notifiedNepalClaim() {
        ApiClient officer = ApiClient.as("vra.officer");
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        ApiClient.Reply notified = officer.act(
                reference,
                "NOTIFY_MEMBER_STATE",
                officer.version(reference),
                "{\"noteVerbaleReference\":\"NV/2024/7\"}");
        assertEquals(200, notified.status(), notified.response().body());
        return reference;
    }

    private HttpResponse<String> comment(String reference, long version, String cookie, String marker, String origin)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(Deployments.BASE + "/claims/api/claims/" + reference + "/actions/ADD_COMMENT"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"through the session\"}"));
        if (marker != null) {
            request.header("X-Requested-By", marker);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in with Basic once and keeps only the session cookie, as a browser would. */
    private String sessionCookie(String username) throws IOException, InterruptedException {
        HttpResponse<Void> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(Deployments.BASE + "/claims/api/claims?size=1"))
                        .header("Authorization", basic(username))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String setCookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        return setCookie.substring(0, setCookie.indexOf(';'));
    }

    /** Sends only the headers of an import that declares its length, and reads the first line of the answer. */
    private static String statusLineWithoutSendingTheBody(String username, long declaredLength) throws IOException {
        URI base = URI.create(Deployments.BASE);
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /claims/api/imports HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                            + "\r\nAuthorization: " + basic(username) + "\r\nContent-Type: text/csv\r\nContent-Length: "
                            + declaredLength + "\r\n\r\nreference,received_on\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private static String basic(String username) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((username + ":" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }
}
