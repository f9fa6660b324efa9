package un.vra.claims.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person using the pages of one module over plain HTTP, as a browser without scripts does: each form is posted
 * with its view state and the page's security nonce, redirects are followed. Faster than a browser, for tests
 * that need a designated account all the way to an API token.
 */
final class PageClient {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern RECOVERY_CODE = Pattern.compile("<li><code>([^<]+)</code></li>");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    private final String module;
    private HttpResponse<String> page;

    PageClient(String module) {
        this.module = module;
    }

    /** A focal point designated with an issued password, taken through enrolment and its own password to a token. */
    record Onboarded(
            String username, String password, Authenticator authenticator, List<String> recoveryCodes, String token) {

        ApiClient api() {
            return ApiClient.bearer(token);
        }
    }

    static Onboarded onboardFocalPoint(String username, String memberState, String issuedPassword) {
        ApiClient.Reply designated = ApiClient.as("vra.admin")
                .post(
                        "/claims/api/focal-points",
                        "{\"username\":\""
                                + username + "\",\"memberState\":\"" + memberState + "\",\"initialPassword\":\""
                                + issuedPassword
                                + "\"}");
        if (designated.status() != 201) {
            throw new IllegalStateException(
                    "designation refused: " + designated.response().body());
        }
        PageClient pages = new PageClient("portal");
        pages.signIn(username, issuedPassword);
        Authenticator authenticator = pages.enrol();
        List<String> codes = pages.recoveryCodes();
        String password = issuedPassword + " of my own";
        pages.changePassword(issuedPassword, password);
        return new Onboarded(username, password, authenticator, codes, pages.createToken("tests"));
    }

    String open(String path) {
        page = send(HttpRequest.newBuilder(uri("/" + module + path)).GET());
        return page.body();
    }

    /** Posts a form of the current page as its button would, with the given fields. */
    String submit(String form, String button, Map<String, String> fields) {
        Matcher action = Pattern.compile("<form id=\"" + Pattern.quote(form) + "\"[^>]*action=\"([^\"]*)\"")
                .matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no form " + form + " on " + path() + ": " + page.body());
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(form, form);
        values.putAll(fields);
        values.put(button, "");
        values.put("jakarta.faces.ViewState", find(VIEW_STATE, "view state"));
        values.put("primefaces.nonce", find(NONCE, "nonce"));
        String body = values.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        page = send(HttpRequest.newBuilder(uri(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return page.body();
    }

    void signIn(String username, String password) {
        open("/sign-in.xhtml");
        submit("sign-in", "sign-in:submit", Map.of("sign-in:username", username, "sign-in:password", password));
    }

    /** On the set-up page: reads the secret as a person copies it, and confirms it with the app's first code. */
    Authenticator enrol() {
        String secret = text("secret");
        if (secret == null) {
            throw new IllegalStateException("no set-up page at " + path() + ": " + page.body());
        }
        Authenticator authenticator = new Authenticator(secret);
        secondFactor(authenticator.now());
        return authenticator;
    }

    void secondFactor(String code) {
        submit("second-factor", "second-factor:submit", Map.of("second-factor:code", code));
    }

    List<String> recoveryCodes() {
        return RECOVERY_CODE.matcher(page.body()).results().map(m -> m.group(1)).toList();
    }

    void changePassword(String current, String next) {
        open("/account/password.xhtml");
        submit(
                "password",
                "password:submit",
                Map.of("password:current", current, "password:new", next, "password:repeated", next));
    }

    String createToken(String name) {
        open("/account/tokens.xhtml");
        submit("tokens", "tokens:create", Map.of("tokens:name", name));
        return text("new-token");
    }

    void signOut() {
        submit("account", "account:sign-out", Map.of());
    }

    /** The text of the element with this id on the current page, or null. */
    String text(String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<")
                .matcher(page.body());
        return matcher.find() ? matcher.group(1).strip() : null;
    }

    String body() {
        return page.body();
    }

    /** The path of the current page, after any redirect. */
    String path() {
        return page.uri().getPath();
    }

    private String find(Pattern pattern, String what) {
        Matcher matcher = pattern.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no " + what + " on " + path());
        }
        return matcher.group(1);
    }

    private static URI uri(String path) {
        return URI.create(Deployments.BASE + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
