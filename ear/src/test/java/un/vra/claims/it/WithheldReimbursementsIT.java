package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reimbursements withheld from a State (para 55), over the API against MariaDB: the book, the ledger, who sees it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithheldReimbursementsIT {

    private static final String BOOK = "/claims/api/withheld-reimbursements";

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient nepal = ApiClient.as("focal.npl");
    private final ApiClient southAfrica = ApiClient.as("focal.zaf");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private JsonObject created(ApiClient client, String path, String json) {
        ApiClient.Reply reply = client.post(path, json);
        assertEquals(201, reply.status(), path + ": " + reply.response().body());
        return reply.json();
    }

    /** Nepal's ledger line in a currency, as the officer reads it, or zeros when there is none yet. */
    private BigDecimal[] nepalLedger(String currency) {
        List<JsonObject> items = officer.get(BOOK + "/ledger?memberState=NPL&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
        for (JsonObject line : items) {
            if (line.getString("currency").equals(currency)) {
                return new BigDecimal[] {
                    line.getJsonNumber("withheld").bigDecimalValue(),
                    line.getJsonNumber("released").bigDecimalValue(),
                    line.getJsonNumber("paidToClaimants").bigDecimalValue(),
                    line.getJsonNumber("balance").bigDecimalValue()
                };
            }
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    private static void assertGrew(BigDecimal[] before, BigDecimal[] after, int... by) {
        for (int i = 0; i < by.length; i++) {
            assertEquals(
                    0,
                    before[i].add(BigDecimal.valueOf(by[i])).compareTo(after[i]),
                    "column " + i + ": " + before[i] + " -> " + after[i]);
        }
    }

    @Test
    void aReleaseToTheStateAndAPaymentToTheClaimantBothAppearInTheStatesLedger() {
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        BigDecimal[] before = nepalLedger("USD");

        JsonObject withheld = created(officer, BOOK, """
                {"claim":"%s","withheldOn":"2024-04-02","amount":5000,"currency":"USD","reason":"claim pending"}""".formatted(reference));
        assertEquals("NPL", withheld.getString("memberState"), "the claim's State");
        long id = withheld.getJsonNumber("id").longValue();
        created(officer, BOOK + "/" + id + "/disposals", """
                {"kind":"RELEASED_TO_STATE","disposedOn":"2024-06-01","amount":2000,"reason":"DNA sample collected"}""");
        JsonObject paid = created(officer, BOOK + "/" + id + "/disposals", """
                {"kind":"PAID_TO_CLAIMANT","disposedOn":"2024-07-01","amount":1500,"currency":"USD",
                 "reason":"support unpaid"}""");

        assertEquals(reference, paid.getString("claim"));
        assertGrew(before, nepalLedger("USD"), 5000, 2000, 1500, 1500);
        JsonObject row = officer.get(BOOK + "?claim=" + reference)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(
                0, new BigDecimal("1500").compareTo(row.getJsonNumber("balance").bigDecimalValue()));
        assertEquals(
                2, officer.get(BOOK + "/" + id + "/disposals").json().getInt("total"), "both disposals are listed");
        String audit = ApiClient.as("auditor")
                .get("/claims/api/audit/access?size=200&reference=" + reference)
                .response()
                .body();
        assertTrue(audit.contains("withheld USD 5000.00 from NPL"), audit);
        assertTrue(audit.contains("PAID_TO_CLAIMANT USD 1500.00"), audit);
    }

    @Test
    void anAmountWithheldFromTheStateAsAWholeIsPaidToTheClaimantOfAClaimItNames() {
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        BigDecimal[] before = nepalLedger("EUR");
        long id = created(officer, BOOK, """
                        {"memberState":"NPL","withheldOn":"2024-05-01","amount":300.50,"currency":"EUR"}""").getJsonNumber("id").longValue();

        ApiClient.Reply nameless = officer.post(BOOK + "/" + id + "/disposals", """
                {"kind":"PAID_TO_CLAIMANT","disposedOn":"2024-05-02","amount":100,"reason":"interim"}""");
        assertEquals(400, nameless.status(), nameless.response().body());
        created(officer, BOOK + "/" + id + "/disposals", """
                {"kind":"PAID_TO_CLAIMANT","disposedOn":"2024-05-02","amount":100,"claim":"%s","reason":"interim"}""".formatted(reference));

        BigDecimal[] after = nepalLedger("EUR");
        assertEquals(0, before[0].add(new BigDecimal("300.50")).compareTo(after[0]));
        assertEquals(0, before[3].add(new BigDecimal("200.50")).compareTo(after[3]));
    }

    @Test
    void badInputIsRefusedWithItsCodeAndNothingIsStored() {
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        BigDecimal[] before = nepalLedger("USD");
        for (String body : List.of(
                "{\"claim\":\"" + reference + "\",\"withheldOn\":\"" + tomorrow
                        + "\",\"amount\":10,\"currency\":\"USD\"}",
                "{\"claim\":\"" + reference + "\",\"withheldOn\":\"2024-02-29\",\"amount\":10,\"currency\":\"USD\"}",
                "{\"memberState\":\"NPL\",\"withheldOn\":\"2024-04-01\",\"amount\":-5,\"currency\":\"USD\"}",
                "{\"memberState\":\"NPL\",\"withheldOn\":\"2024-04-01\",\"amount\":10,\"currency\":\"XYZ\"}",
                "{\"memberState\":\"QQQ\",\"withheldOn\":\"2024-04-01\",\"amount\":10,\"currency\":\"USD\"}",
                "{\"memberState\":\"ZAF\",\"claim\":\"" + reference
                        + "\",\"withheldOn\":\"2024-04-01\",\"amount\":10,\"currency\":\"USD\"}",
                "{\"memberState\":\"NPL\",\"withheldOn\":\"1st April\",\"amount\":10,\"currency\":\"USD\"}",
                "{\"memberState\":\"NPL\",\"withheldOn\":\"2024-04-01\",\"amount\":\"lots\",\"currency\":\"USD\"}",
                "{\"memberState\":\"NPL\",\"withheldOn\":\"2024-04-01\",\"amount\":10,\"currency\":\"USD\",\"reason\":\""
                        + "x".repeat(501) + "\"}",
                "not json")) {
            ApiClient.Reply refused = officer.post(BOOK, body);
            assertEquals(400, refused.status(), body + ": " + refused.response().body());
            assertFalse(refused.json().getString("code").isBlank());
            assertFalse(refused.json().getString("message").isBlank());
        }
        long id = created(officer, BOOK, """
                        {"claim":"%s","withheldOn":"2024-04-02","amount":100,"currency":"USD"}""".formatted(reference))
                .getJsonNumber("id")
                .longValue();
        for (String body : List.of(
                "{\"kind\":\"RELEASED_TO_STATE\",\"disposedOn\":\"2024-05-01\",\"amount\":100.01,\"reason\":\"r\"}",
                "{\"kind\":\"RELEASED_TO_STATE\",\"disposedOn\":\"2024-05-01\",\"amount\":10,\"currency\":\"EUR\",\"reason\":\"r\"}",
                "{\"kind\":\"RELEASED_TO_STATE\",\"disposedOn\":\"" + tomorrow + "\",\"amount\":10,\"reason\":\"r\"}",
                "{\"kind\":\"RELEASED_TO_STATE\",\"disposedOn\":\"2024-04-01\",\"amount\":10,\"reason\":\"r\"}",
                "{\"kind\":\"RELEASED_TO_STATE\",\"disposedOn\":\"2024-05-01\",\"amount\":10}",
                "{\"kind\":\"GIVEN_AWAY\",\"disposedOn\":\"2024-05-01\",\"amount\":10,\"reason\":\"r\"}")) {
            ApiClient.Reply refused = officer.post(BOOK + "/" + id + "/disposals", body);
            assertEquals(400, refused.status(), body + ": " + refused.response().body());
            assertEquals("VALIDATION", refused.json().getString("code"), body);
        }
        assertEquals(404, officer.post(BOOK + "/999999999/disposals", "{}").status());
        assertEquals(404, officer.get(BOOK + "/x/disposals").status());
        assertGrew(before, nepalLedger("USD"), 100, 0, 0, 100);
    }

    @Test
    void aFocalPointReadsItsOwnStatesLedgerOnlyAndNothingElseOfTheBook() {
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        created(officer, BOOK, """
                {"claim":"%s","withheldOn":"2024-04-02","amount":70,"currency":"GBP"}""".formatted(reference));

        ApiClient.Reply own = nepal.get(BOOK + "/ledger");
        assertEquals(200, own.status(), own.response().body());
        assertTrue(own.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .allMatch(line -> line.getString("memberState").equals("NPL")));
        assertTrue(own.response().body().contains("\"GBP\""), own.response().body());
        assertEquals(404, southAfrica.get(BOOK + "/ledger?memberState=NPL").status());
        String theirs = southAfrica.get(BOOK + "/ledger").response().body();
        assertFalse(theirs.contains("NPL"), theirs);
        assertEquals(403, nepal.get(BOOK + "?memberState=NPL").status());
        assertEquals(403, nepal.post(BOOK, "{\"memberState\":\"NPL\"}").status());
        assertEquals(403, nepal.get(BOOK + "/1/disposals").status());
        assertEquals(200, ApiClient.as("taskforce").get(BOOK + "/ledger").status());
        assertEquals(403, ApiClient.as("taskforce").get(BOOK).status());
        assertEquals(403, ApiClient.as("auditor").get(BOOK + "/ledger").status());
    }
}
