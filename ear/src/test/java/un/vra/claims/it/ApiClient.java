package un.vra.claims.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An API client signed in as one user. It sends HTTP Basic credentials and keeps the session cookie the
 * server returns, as a well-behaved client does, so the slow password hash runs once per user.
 */
final class ApiClient {

    static final String DEMO_PASSWORD = "Demo-2026-pass";

    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final String authorization;
    private final String forwardedFor;

    private ApiClient(String authorization) {
        this(authorization, null);
    }

    private ApiClient(String authorization, String forwardedFor) {
        this.authorization = authorization;
        this.forwardedFor = forwardedFor;
    }

    /** A client of an account with a second factor: its personal API token instead of a password. */
    static ApiClient bearer(String token) {
        return new ApiClient("Bearer " + token);
    }

    /** The same credentials from another client, as the tests' address (a trusted proxy) forwards it. */
    ApiClient from(String clientAddress) {
        return new ApiClient(authorization, clientAddress);
    }

    static ApiClient as(String username) {
        return as(username, DEMO_PASSWORD);
    }

    static ApiClient as(String username, String password) {
        return new ApiClient("Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    static ApiClient anonymous() {
        return new ApiClient(null);
    }

    Reply get(String path) {
        return send(request(path).GET());
    }

    Reply post(String path, String json) {
        return send(request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Registers a claim under an Idempotency-Key, as a client that may send it again does. */
    Reply registerOnce(String idempotencyKey, String json) {
        return send(request("/claims/api/claims")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Takes an action on a claim as of the version the caller saw. */
    Reply act(String reference, String action, long version, String json) {
        return send(action(reference, action, version, json));
    }

    /** Takes an action under an Idempotency-Key, as a client that may send it again does. */
    Reply actOnce(String idempotencyKey, String reference, String action, long version, String json) {
        return send(action(reference, action, version, json).header("Idempotency-Key", idempotencyKey));
    }

    private HttpRequest.Builder action(String reference, String action, long version, String json) {
        return request("/claims/api/claims/" + reference + "/actions/" + action)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"" + version + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Any request, redirects not followed; {@code ifMatch} and {@code body} may be null. */
    Reply send(String method, String path, String body, String contentType, String ifMatch) {
        HttpRequest.Builder builder = request(path);
        if (ifMatch != null) {
            builder.header("If-Match", "\"" + ifMatch + "\"");
        }
        if (body == null) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /**
     * Attaches a file as {@code multipart/form-data}, the way a browser sends it: the part {@code file} with the
     * given name, always declared {@code application/pdf} (the server must not believe it), and an optional
     * {@code description}. {@code ifMatch} may be null.
     */
    Reply upload(String path, String ifMatch, String fileName, byte[] content, String description) {
        return uploadWithParts(
                path, ifMatch, fileName, content, description == null ? Map.of() : Map.of("description", description));
    }

    /** Attaches a file like {@link #upload(String, String, String, byte[], String)}, with these text parts. */
    Reply uploadWithParts(String path, String ifMatch, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "----claims-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                        + name + "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder builder = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (ifMatch != null) {
            builder.header("If-Match", "\"" + ifMatch + "\"");
        }
        return send(builder);
    }

    /** A response whose body is kept as bytes, such as a downloaded document; any media type accepted. */
    HttpResponse<byte[]> download(String path) {
        return exchange(request(path).setHeader("Accept", "*/*").GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    Reply postCsv(String path, String csv) {
        return send(request(path)
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)));
    }

    /**
     * Sends a legacy file to the import and follows the import to its end: the last answer of
     * {@code GET /imports/{id}} (200 once imported or failed, 422 when the file was refused), or the answer of the
     * {@code POST} itself when it started no import (the file was imported before, or the request was refused).
     */
    Reply importCsv(String csv) {
        Reply sent = postCsv("/claims/api/imports", csv);
        if (sent.status() != 202) {
            return sent;
        }
        return follow(URI.create(sent.header("Location")).getPath());
    }

    /**
     * Runs the reminder job as the demo administrator, follows the run to its end (it runs in the background) and
     * waits for the outbox to send what it queued: the days the run did.
     */
    static List<String> runReminderJob() {
        Reply now = as("vra.admin").runJob("/claims/api/outbox/reminder-runs", "{}");
        try {
            TestDatabase.awaitOutboxSent();
        } catch (java.sql.SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return now.json().getJsonArray("days").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
    }

    /**
     * Starts a job run in the background (a POST answered {@code 202} with its address in {@code Location}) and
     * follows it to its end: the job, {@code DONE}.
     */
    Reply runJob(String path, String json) {
        Reply started = post(path, json);
        if (started.status() != 202) {
            throw new IllegalStateException("POST " + path + " answered " + started.status() + ": "
                    + started.response().body());
        }
        Reply now = follow(URI.create(started.header("Location")).getPath());
        if (now.status() != 200 || !"DONE".equals(now.json().getString("state"))) {
            throw new IllegalStateException("the job of " + path + " ended " + now.status() + ": "
                    + now.response().body());
        }
        return now;
    }

    /** Polls a job (an import, a run) at its address until it is no longer running: its last answer. */
    Reply follow(String location) {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            Reply now = get(location);
            if (now.status() != 200 || !"RUNNING".equals(now.json().getString("state"))) {
                return now;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the job still runs: " + now.response().body());
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Notifies a claim to its State as the demo administrator, so that its State's focal point may see it
     * (before the notification the claim does not exist for the State) without a read in the caller's name.
     */
    static String notifiedByAdmin(String reference) {
        ApiClient admin = as("vra.admin");
        Reply notified = admin.act(
                reference,
                "NOTIFY_MEMBER_STATE",
                admin.version(reference),
                "{\"noteVerbaleReference\":\"NV-" + reference + "\"}");
        if (notified.status() != 200) {
            throw new IllegalStateException("notifying " + reference + " answered " + notified.status() + ": "
                    + notified.response().body());
        }
        return reference;
    }

    /** The claim's current version, from its ETag. */
    long version(String reference) {
        Reply reply = get("/claims/api/claims/" + reference);
        if (reply.status() != 200) {
            throw new IllegalStateException("reading " + reference + " answered " + reply.status() + ": "
                    + reply.response().body());
        }
        return Long.parseLong(reply.header("ETag").replace("\"", ""));
    }

    /** Registers a claim as this client and returns its reference. */
    String register(String json) {
        Reply created = post("/claims/api/claims", json);
        if (created.status() != 201) {
            throw new IllegalStateException(
                    "registration refused: " + created.response().body());
        }
        return created.json().getString("reference");
    }

    /**
     * Registers a claim as this client and notifies its State today with this note verbale's reference: a claim that
     * waits for the State's focal point. Returns its reference.
     */
    String notified(String json, String noteVerbaleReference) {
        String reference = register(json);
        act(
                reference,
                "NOTIFY_MEMBER_STATE",
                version(reference),
                "{\"noteVerbaleReference\":\"" + noteVerbaleReference + "\",\"notifiedOn\":\""
                        + LocalDate.now(ZoneOffset.UTC) + "\"}");
        return reference;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(URI.create(Deployments.BASE + path)).header("Accept", "application/json");
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    private Reply send(HttpRequest.Builder builder) {
        return new Reply(exchange(builder, HttpResponse.BodyHandlers.ofString()));
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(builder.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response, with its body read as JSON on demand. */
    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readArray();
            }
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                return reader.readObject();
            }
        }
    }
}
