package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts and sign-in over HTTP: the throttle (canonical names, per address, counted not written), the second
 * factor through the pages (codes, replays, recovery codes, an administrator's reset), personal API tokens,
 * sessions renewed on every sign-in path, sign-out recorded, and the client address behind trusted proxies.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountSecurityIT {

    private static final String ISSUED = "issued passphrase 2026";

    private final ApiClient auditor = ApiClient.as("auditor");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void caseAndSpaceVariantsOfANameAreSlowedDownLikeTheNameItself() throws InterruptedException {
        String[] variants = {"TASKFORCE", "taskforce ", " Taskforce", "TaskForce", "tAsKfOrCe", "TASKforce "};
        Throttling.failChecked(
                i -> ApiClient.as(variants[i % variants.length], "not-the-password")
                        .from("198.51.100.21"),
                "/claims/api/metrics/summary",
                7);
        ApiClient.Reply throttled =
                ApiClient.as(" TaskForce").from("198.51.100.21").get("/claims/api/metrics/summary");
        assertEquals(429, throttled.status(), "seven failures under six spellings are seven failures of one account");
        assertEquals("SIGN_IN_THROTTLED", throttled.json().getString("code"));
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 4, "the fourth delay: " + retryAfter);
        Thread.sleep(retryAfter * 1000);
        assertEquals(
                200,
                ApiClient.as("Taskforce ")
                        .from("198.51.100.21")
                        .get("/claims/api/metrics/summary")
                        .status(),
                "the right password works once the delay has passed, whatever the spelling");
    }

    @Test
    void theOwnersRightPasswordWorksWhileSomeoneElseKeepsFailingOnTheAccount() throws InterruptedException {
        ApiClient attacker = ApiClient.as("taskforce", "guess-number-one").from("198.51.100.66");
        int refusedUnread = 0;
        for (int round = 0; round < 4; round++) {
            for (int i = 0; i < 4; i++) {
                int status = attacker.get("/claims/api/metrics/summary").status();
                assertTrue(status == 401 || status == 429, "the attacker gets " + status);
                refusedUnread += status == 429 ? 1 : 0;
            }
            assertEquals(
                    200,
                    ApiClient.as("taskforce")
                            .from("198.51.100.1")
                            .get("/claims/api/metrics/summary")
                            .status(),
                    "round " + round + ": the owner, from their own address, is never kept out");
            Thread.sleep(300);
        }
        assertTrue(refusedUnread > 0, "the attacker's own attempts were slowed down");
        long until = System.nanoTime() + 15_000_000_000L;
        while (attacker.get("/claims/api/metrics/summary").status() != 401 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertEquals(
                429,
                ApiClient.as("taskforce")
                        .from("198.51.100.66")
                        .get("/claims/api/metrics/summary")
                        .status(),
                "right after a failure there, even the right password waits at the failing address");
    }

    @Test
    void throttledAttemptsAreCountedInOneEventNotWrittenOneByOne() throws InterruptedException {
        String ghost = "ghost.throttled" + System.nanoTime() % 100000;
        ApiClient guesser = ApiClient.as(ghost.toUpperCase(), "some-password-1").from("198.51.100.30");
        int refused = Throttling.failChecked(i -> guesser, "/claims/api/claims", 8);
        for (int i = 0; i < 12; i++) {
            assertEquals(429, guesser.get("/claims/api/claims").status(), "within the 8 seconds after 8 failures");
            refused++;
        }
        assertEquals(
                8,
                total("/claims/api/audit/sign-ins?outcome=SIGN_IN_FAILURE&user=" + ghost),
                "the checked attempts, one row each, under the canonical name");
        int counted = 0;
        List<JsonObject> events = List.of();
        for (int wait = 0; wait < 40 && counted < refused; wait++) {
            Thread.sleep(500);
            events = auditor
                    .get("/claims/api/audit/sign-ins?outcome=SIGN_IN_THROTTLED&user=" + ghost)
                    .json()
                    .getJsonArray("items")
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .toList();
            counted = events.stream()
                    .mapToInt(e -> Integer.parseInt(e.getString("detail").split(" ")[0]))
                    .sum();
        }
        assertEquals(refused, counted, events.toString());
        assertTrue(
                events.size() <= 5 && events.size() < refused,
                "at most one event per account and report period: " + events);
        assertEquals("198.51.100.30", events.get(0).getString("remoteAddress"));
    }

    @Test
    void aTrustedProxysForwardedAddressIsRecordedAndAnUntrustedClientsIsIgnored() throws IOException {
        ApiClient officer = ApiClient.as("vra.officer");
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        assertEquals(
                200,
                officer.from("6.6.6.6, 203.0.113.77")
                        .get("/claims/api/claims/" + reference)
                        .status());
        String basic = Base64.getEncoder()
                .encodeToString(("vra.officer:" + ApiClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), 0));
            socket.connect(new InetSocketAddress(
                    "127.0.0.1", URI.create(Deployments.BASE).getPort()));
            OutputStream out = socket.getOutputStream();
            out.write(
                    ("GET /claims/api/claims/" + reference + " HTTP/1.1\r\nHost: localhost\r\nAccept: application/json"
                                    + "\r\nAuthorization: Basic " + basic
                                    + "\r\nX-Forwarded-For: 203.0.113.78\r\nConnection: close"
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 200", status);
        }
        List<String> addresses =
                auditor.get("/claims/api/audit/access?reference=" + reference).json().getJsonArray("items").stream()
                        .map(i -> i.asJsonObject().getString("remoteAddress"))
                        .toList();
        assertTrue(addresses.contains("203.0.113.77"), "behind the trusted proxy: the client it saw " + addresses);
        assertTrue(addresses.contains("127.0.0.2"), "an untrusted peer's header is ignored " + addresses);
        assertFalse(addresses.contains("203.0.113.78") || addresses.contains("6.6.6.6"), addresses.toString());
    }

    @Test
    void aFocalPointsPasswordAloneNoLongerOpensTheApiButItsTokenDoesUntilRevoked() {
        String username = "npl.token" + System.nanoTime() % 100000;
        PageClient.Onboarded focal = PageClient.onboardFocalPoint(username, "NPL", ISSUED);
        assertEquals(10, focal.recoveryCodes().size(), "ten recovery codes, shown once");

        ApiClient.Reply basic = ApiClient.as(username, focal.password()).get("/claims/api/claims?size=1");
        assertEquals(401, basic.status());
        assertEquals("TOKEN_REQUIRED", basic.json().getString("code"));
        assertEquals(
                401,
                ApiClient.as(username, "a wrong password 1")
                        .get("/claims/api/claims?size=1")
                        .status());
        assertFalse(
                ApiClient.as(username, "a wrong password 1")
                        .get("/claims/api/claims?size=1")
                        .response()
                        .body()
                        .contains("TOKEN_REQUIRED"),
                "a wrong password learns nothing about the second factor");

        assertEquals(200, focal.api().get("/claims/api/claims?size=1").status());
        assertEquals(
                401,
                ApiClient.bearer(focal.token() + "x")
                        .get("/claims/api/claims?size=1")
                        .status());

        PageClient pages = signedIn(focal);
        pages.open("/account/tokens.xhtml");
        assertTrue(pages.body().contains("tests"), "the token is listed by name");
        assertFalse(pages.body().contains(focal.token()), "never shown again");
        pages.submit("token-list", "token-list:list:0:revoke", Map.of());
        assertEquals(401, focal.api().get("/claims/api/claims?size=1").status(), "a revoked token opens nothing");
        assertTrue(total("/claims/api/audit/sign-ins?outcome=TOKEN_REVOKED&user=" + username) >= 1);
    }

    @Test
    void aWrongCodeAndAReplayedCodeAreRefusedTheNextCodeWorksAndARecoveryCodeWorksOnce() {
        String username = "npl.totp" + System.nanoTime() % 100000;
        PageClient.Onboarded focal = PageClient.onboardFocalPoint(username, "NPL", ISSUED);
        String enrolmentCode = focal.authenticator().lastGiven();

        PageClient pages = new PageClient("portal");
        pages.signIn(username, focal.password());
        assertEquals("/portal/second-factor.xhtml", pages.path());
        String wrong = enrolmentCode.equals("000000") ? "111111" : "000000";
        pages.secondFactor(wrong);
        assertEquals("/portal/second-factor.xhtml", pages.path(), "a wrong code is refused");
        assertTrue(pages.body().contains("not right"), pages.body());
        pages.secondFactor(enrolmentCode);
        assertEquals("/portal/second-factor.xhtml", pages.path(), "a code already used is refused");
        pages.secondFactor(focal.authenticator().next());
        assertEquals("/portal/", pages.path(), "the next code signs in");

        PageClient recovering = new PageClient("portal");
        recovering.signIn(username, focal.password());
        recovering.secondFactor(focal.recoveryCodes().get(3).toUpperCase().replace("-", " "));
        assertEquals("/portal/", recovering.path(), "a recovery code, typed loosely, signs in once");
        PageClient again = new PageClient("portal");
        again.signIn(username, focal.password());
        again.secondFactor(focal.recoveryCodes().get(3));
        assertEquals("/portal/second-factor.xhtml", again.path(), "and never twice");
        assertTrue(total("/claims/api/audit/sign-ins?outcome=RECOVERY_CODE_USED&user=" + username) == 1);
        assertTrue(total("/claims/api/audit/sign-ins?outcome=SIGN_IN_FAILURE&user=" + username) >= 3);

        recovering.signOut();
        assertEquals("/portal/sign-in.xhtml", recovering.path());
        assertEquals(1, total("/claims/api/audit/sign-ins?outcome=SIGN_OUT&user=" + username), "sign-out recorded");
    }

    @Test
    void anAdministratorResetsALostSecondFactorItsTokensStopAndTheNextSignInEnrolsAgain() {
        String username = "zaf.reset" + System.nanoTime() % 100000;
        PageClient.Onboarded focal = PageClient.onboardFocalPoint(username, "ZAF", ISSUED);
        PageClient session = signedIn(focal);
        assertEquals(200, focal.api().get("/claims/api/claims?size=1").status());

        assertEquals(
                403,
                ApiClient.as("vra.officer")
                        .post("/claims/api/accounts/" + username + "/second-factor-reset", "{}")
                        .status());
        ApiClient.Reply reset =
                ApiClient.as("vra.admin").post("/claims/api/accounts/" + username + "/second-factor-reset", "{}");
        assertEquals(200, reset.status(), reset.response().body());
        assertFalse(reset.json().getBoolean("secondFactor"));

        assertEquals(401, focal.api().get("/claims/api/claims?size=1").status(), "its tokens are revoked");
        session.open("/claims.xhtml");
        assertEquals("/portal/sign-in.xhtml", session.path(), "its open session ended");
        PageClient pages = new PageClient("portal");
        pages.signIn(username, focal.password());
        assertNotNull(pages.text("secret"), "a new authenticator is set up");
        assertTrue(total("/claims/api/audit/sign-ins?outcome=ACCOUNT_CHANGED&user=vra.admin") >= 1);
    }

    @Test
    void anIssuedPasswordOpensOnlyItsOwnChangeThenTheNewOneWorks() {
        String username = "npl.reset" + System.nanoTime() % 100000;
        PageClient.Onboarded focal = PageClient.onboardFocalPoint(username, "NPL", ISSUED);
        ApiClient.Reply issued = ApiClient.as("vra.admin")
                .post(
                        "/claims/api/accounts/" + username + "/password-reset",
                        "{\"initialPassword\":\"another issued passphrase\"}");
        assertEquals(200, issued.status(), issued.response().body());
        assertTrue(issued.json().getBoolean("passwordChangeRequired"));

        ApiClient.Reply refused = focal.api().get("/claims/api/claims?size=1");
        assertEquals(403, refused.status());
        assertEquals("PASSWORD_CHANGE_REQUIRED", refused.json().getString("code"));
        assertEquals(
                400,
                focal.api()
                        .post(
                                "/claims/api/account/password",
                                "{\"currentPassword\":\"another issued passphrase\",\"newPassword\":\"short\"}")
                        .status());
        assertEquals(
                204,
                focal.api()
                        .post(
                                "/claims/api/account/password",
                                "{\"currentPassword\":\"another issued passphrase\",\"newPassword\":\"my very own passphrase\"}")
                        .status());
        assertEquals(200, focal.api().get("/claims/api/claims?size=1").status());
        assertEquals(
                400,
                focal.api()
                        .post(
                                "/claims/api/account/password",
                                "{\"currentPassword\":\"another issued passphrase\",\"newPassword\":\"yet another passphrase\"}")
                        .status(),
                "the old password is no longer the current one");
    }

    @Test
    void aBasicSignInForAnotherUserStartsAFreshSessionAndNeverInheritsTheFirst() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        assertEquals(
                200, basic(http, "vra.officer", "/claims/api/claims?size=1").statusCode());
        String officerSession = sessionId(cookies);
        assertEquals(
                403,
                basic(http, "taskforce", "/claims/api/claims?size=1").statusCode(),
                "the task force's credentials are checked and its role applies, not the officer's session");
        String taskForceSession = sessionId(cookies);
        assertNotEquals(officerSession, taskForceSession, "a new session id");
        assertEquals(
                403,
                http.send(
                                HttpRequest.newBuilder(URI.create(Deployments.BASE + "/claims/api/claims?size=1"))
                                        .header("Accept", "application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "the cookie now carries the task force");
        HttpClient stale = HttpClient.newBuilder().build();
        assertEquals(
                401,
                stale.send(
                                HttpRequest.newBuilder(URI.create(Deployments.BASE + "/claims/api/claims?size=1"))
                                        .header("Cookie", "JSESSIONID=" + officerSession)
                                        .header("Accept", "application/json")
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode(),
                "the officer's session ended");
    }

    private static HttpResponse<String> basic(HttpClient http, String username, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(Deployments.BASE + path))
                        .header("Accept", "application/json")
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString((username + ":" + ApiClient.DEMO_PASSWORD)
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sessionId(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow();
    }

    /** A fresh page session of an onboarded focal point: password, then the app's next code. */
    private static PageClient signedIn(PageClient.Onboarded focal) {
        PageClient pages = new PageClient("portal");
        pages.signIn(focal.username(), focal.password());
        pages.secondFactor(focal.authenticator().next());
        assertEquals("/portal/", pages.path(), pages.body());
        return pages;
    }

    private long total(String path) {
        return auditor.get(path).json().getJsonNumber("total").longValue();
    }
}
