package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production profile, which {@code ops/production-profile.sh} applied to the test domain before it started:
 * no answer names the server or its version, {@code /metrics} is off, the API's description needs a sign-in,
 * and the administration answers only on this machine, over TLS, with the password.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProductionProfileIT {

    private static final int PORTBASE = Integer.getInteger("it.portbase", 28000);
    private static final int ADMIN_PORT = Integer.getInteger("it.admin.port", 28048);
    private static final Pattern BANNER = Pattern.compile("(?i)payara|glassfish|grizzly|\\b6\\.20\\d\\d\\.\\d+");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static void assertNoBanner(String what, Optional<String> server, Optional<String> poweredBy, String body) {
        assertEquals(Optional.empty(), server, what + ": Server header");
        assertEquals(Optional.empty(), poweredBy, what + ": X-Powered-By header");
        assertFalse(BANNER.matcher(body).find(), what + " names the server: " + body);
    }

    @Test
    void noAnswerNamesTheServerOrItsVersionNotEvenAnError() {
        List<String> anonymous = List.of(
                "/",
                "/index.html",
                "/no-such-page",
                "/no-such.jsp",
                "/claims/sign-in.xhtml",
                "/claims/",
                "/claims/api/claims",
                "/portal/sign-in.xhtml",
                "/health/ready",
                "/metrics",
                "/openapi",
                "/claims/jakarta.faces.resource/no-such.css.xhtml");
        for (String path : anonymous) {
            HttpResponse<String> answer = ApiClient.anonymous().get(path).response();
            assertNoBanner(
                    "GET " + path,
                    answer.headers().firstValue("Server"),
                    answer.headers().firstValue("X-Powered-By"),
                    answer.body());
        }
        ApiClient officer = ApiClient.as("vra.officer");
        for (String path : List.of("/claims/api/claims?size=1", "/claims/api/no-such", "/claims/api/claims/PC-1")) {
            HttpResponse<String> answer = officer.get(path).response();
            assertNoBanner(
                    "GET " + path + " signed in",
                    answer.headers().firstValue("Server"),
                    answer.headers().firstValue("X-Powered-By"),
                    answer.body());
        }
        ApiClient.Reply notFound = ApiClient.anonymous().get("/no-such-page");
        assertEquals(404, notFound.status());
        assertTrue(
                notFound.response().body().contains("404"),
                "an error page is still one: " + notFound.response().body());

        HttpURLConnection tls = connection("https://localhost:" + (PORTBASE + 81) + "/no-such-page");
        assertNoBanner(
                "GET /no-such-page over TLS",
                Optional.ofNullable(tls.getHeaderField("Server")),
                Optional.ofNullable(tls.getHeaderField("X-Powered-By")),
                body(tls));
    }

    @Test
    void metricsAreSwitchedOff() {
        for (String path : List.of("/metrics", "/metrics/base", "/metrics/vendor", "/metrics/application")) {
            ApiClient.Reply answer = ApiClient.anonymous().get(path);
            assertTrue(answer.status() == 403 || answer.status() == 404, path + ": " + answer.status());
            String body = answer.response().body();
            assertFalse(body.contains("# TYPE") || body.contains("connection_pool"), body);
        }
    }

    @Test
    void theApiDescriptionIsServedToSignedInCallersOnly() {
        ApiClient.Reply payaras = ApiClient.anonymous().get("/openapi");
        assertNotEquals(200, payaras.status(), "Payara's own /openapi is switched off");
        assertFalse(
                payaras.response().body().contains("openapi:")
                        || payaras.response().body().contains("/claims/{reference}"),
                payaras.response().body());

        assertEquals(401, ApiClient.anonymous().get("/claims/api/openapi").status());
        ApiClient.Reply signedIn = ApiClient.as("taskforce").get("/claims/api/openapi");
        assertEquals(200, signedIn.status());
        assertTrue(signedIn.response().body().contains("/claims/{reference}/documents/{id}:"));
    }

    @Test
    void theAdministrationAnswersOverTlsAndOnlyWithThePassword() throws IOException {
        HttpURLConnection plain = connection("http://127.0.0.1:" + ADMIN_PORT + "/management/domain");
        assertEquals(302, plain.getResponseCode(), "secure admin sends plain HTTP to TLS");
        assertTrue(String.valueOf(plain.getHeaderField("Location")).startsWith("https:"));

        String rest = "https://127.0.0.1:" + ADMIN_PORT + "/management/domain";
        assertEquals(401, status(rest, null), "no password");
        assertEquals(401, status(rest, basic("admin", "")), "the empty password of a new domain");
        assertEquals(401, status(rest, basic("admin", "not-the-password")));
        assertEquals(200, status(rest, basic("admin", System.getProperty("it.admin.password"))));
    }

    @Test
    void onlyTheHttpListenersAnswerOnTheMachinesNetworkAddress() {
        Optional<InetAddress> outside = networkAddress();
        assumeTrue(outside.isPresent(), "this machine has no network address but the loopback");
        Set<Integer> answering = new TreeSet<>();
        for (int port = PORTBASE; port < PORTBASE + 100; port++) {
            if (accepts(outside.get(), port)) {
                answering.add(port - PORTBASE);
            }
        }
        assertEquals(Set.of(80, 81), answering, "ports of the domain (portbase + n) open on " + outside.get());
        assertTrue(accepts(InetAddress.getLoopbackAddress(), ADMIN_PORT), "the admin port is open on the loopback");
    }

    private static Optional<InetAddress> networkAddress() {
        try {
            List<InetAddress> found = new ArrayList<>();
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (face.isUp() && !face.isLoopback()) {
                    Collections.list(face.getInetAddresses()).stream()
                            .filter(address -> address instanceof Inet4Address)
                            .forEach(found::add);
                }
            }
            return found.stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean accepts(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static int status(String url, String authorization) {
        HttpURLConnection connection = connection(url);
        if (authorization != null) {
            connection.setRequestProperty("Authorization", authorization);
        }
        connection.setRequestProperty("Accept", "application/json");
        connection.setRequestProperty("X-Requested-By", "claims-tests");
        try {
            return connection.getResponseCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A connection that follows no redirect and, over TLS, accepts the server's own certificate, as the test domain
     * makes one for itself.
     */
    private static HttpURLConnection connection(String url) {
        try {
            HttpURLConnection connection = (HttpURLConnection) new URL(url).openConnection();
            connection.setInstanceFollowRedirects(false);
            if (connection instanceof HttpsURLConnection tls) {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(
                        null,
                        new TrustManager[] {
                            new X509TrustManager() {
                                @Override
                                public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                                @Override
                                public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                                @Override
                                public X509Certificate[] getAcceptedIssuers() {
                                    return new X509Certificate[0];
                                }
                            }
                        },
                        null);
                tls.setSSLSocketFactory(context.getSocketFactory());
                tls.setHostnameVerifier((host, session) -> true);
            }
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(HttpURLConnection connection) {
        try {
            InputStream in =
                    connection.getResponseCode() < 400 ? connection.getInputStream() : connection.getErrorStream();
            return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
