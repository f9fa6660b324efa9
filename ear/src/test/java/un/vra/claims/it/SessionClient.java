package un.vra.claims.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A client that signs in with Basic once and then sends only its session cookie, as the README tells API clients
 * to: a suite of thousands of requests would otherwise spend 0.2 s of server CPU on PBKDF2 for each. Its changes
 * carry {@code X-Requested-By}, which a change signed in by the cookie alone needs.
 */
final class SessionClient {

    private final HttpClient http;

    private SessionClient(HttpClient http) {
        this.http = http;
    }

    static SessionClient signedIn(String username) {
        SessionClient client = new SessionClient(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .build());
        HttpResponse<String> first = client.send(request("/claims/api/claims?size=1")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + ApiClient.DEMO_PASSWORD)
                                                .getBytes(StandardCharsets.UTF_8))));
        if (first.statusCode() >= 500 || first.statusCode() == 401) {
            throw new IllegalStateException(username + " could not sign in: " + first.statusCode());
        }
        return client;
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(Deployments.BASE + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("X-Requested-By", "claims-tests");
    }

    HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    /** Takes an action on a claim as of the version the caller read. */
    HttpResponse<String> act(String reference, String action, long version, String json) {
        return send(request("/claims/api/claims/" + reference + "/actions/" + action)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
