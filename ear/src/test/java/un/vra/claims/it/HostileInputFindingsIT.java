package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a run of 10,000 hostile requests found (issue 18), one test each: every one answered a 500, an empty
 * body or the server's HTML page before; each now gets the API's {@code {code, message}} and a 4xx, and a form
 * the server can no longer trust gets a page in the reader's language that offers to go on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputFindingsIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void aJsonNullAsAnActionsBodyIsAValidationRefusalAndRecordsNothing() {
        assertACommentIsRefusedAndNothingRecorded("null", "application/json", 400, "VALIDATION");
    }

    @Test
    void aCharsetJavaDoesNotKnowIs415NotAnIncident() {
        assertACommentIsRefusedAndNothingRecorded(
                "{\"text\":\"x\"}", "application/json; charset=klingon", 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void aBodyWithoutOneWellFormedContentTypeIsRefusedAndCreatesNothing() {
        ApiClient admin = ApiClient.as("vra.admin");
        String designation = "{\"username\":\"%s\",\"memberState\":\"FJI\",\"deputy\":true,"
                + "\"initialPassword\":\"An initial password 2026!\"}";
        String[] types = {null, "", ";;;", "*/*", "application/json, text/csv"};
        for (int i = 0; i < types.length; i++) {
            ApiClient.Reply reply = admin.send(
                    "POST", "/claims/api/focal-points", designation.formatted("typeless.fji." + i), types[i], null);
            if (reply.status() == 400) {
                assertApiError(reply, 400, "BAD_REQUEST");
            } else {
                assertApiError(reply, 415, "UNSUPPORTED_MEDIA_TYPE");
            }
            System.out.println("Content-Type " + types[i] + ": " + reply.status());
        }
        String fiji =
                admin.get("/claims/api/focal-points?memberState=FJI").response().body();
        assertFalse(fiji.contains("typeless.fji"), "no account for a refused request: " + fiji);
    }

    private static void assertACommentIsRefusedAndNothingRecorded(
            String body, String contentType, int status, String code) {
        ApiClient officer = ApiClient.as("vra.officer");
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        long version = officer.version(reference);
        assertApiError(
                officer.send(
                        "POST",
                        "/claims/api/claims/" + reference + "/actions/ADD_COMMENT",
                        body,
                        contentType,
                        String.valueOf(version)),
                status,
                code);
        assertEquals(version, officer.version(reference), "nothing was recorded");
    }

    @Test
    void jsonNestedAThousandDeepIsMalformed() {
        ApiClient officer = ApiClient.as("vra.officer");
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertApiError(officer.act(reference, "ADD_COMMENT", officer.version(reference), deep), 400, "MALFORMED_BODY");
        assertApiError(
                officer.post("/claims/api/claims", "{\"a\":".repeat(1000) + "1" + "}".repeat(1000)),
                400,
                "MALFORMED_BODY");
    }

    @Test
    void whatTheContainerRefusesByItselfUnderTheApiIsAnsweredInTheApisErrorBody() {
        ApiClient officer = ApiClient.as("vra.officer");
        assertApiError(officer.send("POST", "/claims/api/claims", "{}", ";;;", null), 400, "BAD_REQUEST");
        ApiClient.Reply anonymous = ApiClient.anonymous().get("/claims/api/claims");
        assertApiError(anonymous, 401, "UNAUTHORIZED");
        assertTrue(anonymous.header("WWW-Authenticate") != null, "the challenge is kept");
        assertApiError(officer.get("/claims/api/claims/..%2f..%2fWEB-INF%2fweb.xml"), 404, "NOT_FOUND");
    }

    @Test
    void aPageThatDoesNotExistIsThePagesOwnErrorPageNotTheServersWithItsVersion() {
        ApiClient.Reply missing = ApiClient.as("vra.officer").get("/claims/no-such-page.xhtml");
        assertEquals(404, missing.status());
        assertFalse(
                missing.response().body().contains("Payara"), missing.response().body());
        assertTrue(
                missing.response().body().contains("id=\"error\""),
                missing.response().body());
    }

    @Test
    void aCsvImportWithOnlyItsHeaderRowIsRejectedNotAnImportOfNothing() {
        String header = "reference,received_on,claim_type,mission,allegation_reference,personnel_category,"
                + "member_state,status,paternity_outcome,closure_reason,notified_on,acknowledged_on,"
                + "paternity_determined_on,support_arranged_on,closed_on,child_birth_years,claimant_name\r\n";
        ApiClient.Reply rejected = ApiClient.as("vra.admin").importCsv(header);
        assertApiError(rejected, 422, "IMPORT_REJECTED");
        assertEquals(
                2, rejected.json().getJsonArray("problems").getJsonObject(0).getInt("row"));
    }

    @Test
    void aSignInFormWithoutItsNonceOrWithAForgedViewStateLeadsToAPageInTheReadersLanguage() throws Exception {
        HttpClient browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String form = browser.send(page("/claims/sign-in.xhtml").GET().build(), HttpResponse.BodyHandlers.ofString())
                .body();
        String viewState = first(VIEW_STATE, form);
        String nonce = first(NONCE, form);
        Map<String, String> fields = Map.of(
                "sign-in", "sign-in",
                "sign-in:username", "vra.officer",
                "sign-in:password", "not the password",
                "sign-in:submit", "");

        assertLeadsToTheExpiredPage(browser, post(browser, fields, Map.of("jakarta.faces.ViewState", viewState)));
        assertLeadsToTheExpiredPage(
                browser,
                post(browser, fields, Map.of("jakarta.faces.ViewState", "garbage", "primefaces.nonce", nonce)));
        HttpResponse<String> ajax = browser.send(
                page("/claims/sign-in.xhtml")
                        .header("Faces-Request", "partial/ajax")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields)
                                + "&"
                                + form(Map.of(
                                        "jakarta.faces.partial.ajax", "true",
                                        "jakarta.faces.source", "sign-in:submit",
                                        "jakarta.faces.ViewState", viewState))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().contains("<redirect url=\"/claims/expired.xhtml?page="), ajax.body());
    }

    private static void assertLeadsToTheExpiredPage(HttpClient browser, HttpResponse<String> answer) throws Exception {
        assertEquals(302, answer.statusCode(), answer.body());
        String location = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/claims/expired.xhtml?page="), location);
        HttpResponse<String> french = browser.send(
                HttpRequest.newBuilder(URI.create(location))
                        .header("Accept-Language", "fr")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, french.statusCode(), french.body());
        assertTrue(french.body().contains("Ce formulaire ne peut plus être envoyé"), french.body());
        assertTrue(french.body().contains("href=\"/claims/sign-in.xhtml\""), french.body());
    }

    private static HttpResponse<String> post(HttpClient browser, Map<String, String> fields, Map<String, String> more)
            throws Exception {
        return browser.send(
                page("/claims/sign-in.xhtml")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form(fields) + "&" + form(more)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create(Deployments.BASE + path));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        assertTrue(matcher.find(), pattern + " in " + text);
        return matcher.group(1);
    }

    static void assertApiError(ApiClient.Reply reply, int status, String code) {
        String body = reply.response().body();
        assertEquals(status, reply.status(), body);
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        assertEquals(code, reply.json().getString("code"), body);
        assertFalse(reply.json().getString("message").isBlank(), body);
    }
}
