package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The money report over the API against MariaDB: the support the database sums matches the claims' own accounts
 * (computed in Java) through revisions, a termination and two currencies; the claim actions that withhold and
 * release feed the State's book; who may read what. Timor-Leste's claims are this test's alone, one mission a
 * test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MoneyReportIT {

    private static final String SUPPORT = "/claims/api/reports/money/support?memberState=TLS&mission=";
    private static final String LEDGER = "/claims/api/withheld-reimbursements/ledger";

    private final ApiClient officer = ApiClient.as("vra.officer");
    private final ApiClient taskForce = ApiClient.as("taskforce");
    private final ApiClient nepal = ApiClient.as("focal.npl");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private JsonObject done(String reference, String action, String json) {
        ApiClient.Reply reply = officer.act(reference, action, officer.version(reference), json);
        assertEquals(200, reply.status(), action + ": " + reply.response().body());
        return reply.json();
    }

    /** A claim against Timor-Leste in a mission, notified and acknowledged, paternity admitted. */
    private String established(String mission, String children) {
        String reference = officer.register("""
                {"receivedOn":"2018-01-04","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"%s",
                 "personnelCategory":"MILITARY_CONTINGENT","memberState":"TLS","children":%s}""".formatted(mission, children));
        done(reference, "NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-M\",\"notifiedOn\":\"2018-01-10\"}");
        done(reference, "ACKNOWLEDGE", "{\"acknowledgedOn\":\"2018-02-01\"}");
        done(reference, "RECORD_ADMISSION", "{\"evidence\":\"Signed\",\"admittedOn\":\"2018-12-01\"}");
        return reference;
    }

    private static BigDecimal number(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue();
    }

    private Map<String, JsonObject> supportByCurrency(String query) {
        ApiClient.Reply reply = taskForce.get(SUPPORT + "UNMISS" + query);
        assertEquals(200, reply.status(), reply.response().body());
        Map<String, JsonObject> lines = new HashMap<>();
        for (JsonObject line : reply.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            lines.put(line.getString("currency"), line);
        }
        return lines;
    }

    @Test
    void theDatabasesSupportFiguresMatchTheClaimsOwnAccountsThroughRevisionsATerminationAndTwoCurrencies() {
        String revised = established("UNMISS", "[{\"birthYear\":2015,\"sex\":\"FEMALE\"}]");
        done(revised, "ARRANGE_SUPPORT", """
                {"kind":"COURT_ORDER","amount":100,"currency":"USD","frequency":"MONTHLY","startsOn":"2020-01-01",
                 "arrangedOn":"2019-12-15"}""");
        done(revised, "RECORD_PAYMENT", "{\"amount\":1000,\"currency\":\"USD\",\"paidOn\":\"2021-03-01\"}");
        done(revised, "REVISE_SUPPORT", """
                {"from":"2022-07-15","amount":150.50,"currency":"USD","frequency":"QUARTERLY"}""");
        String terminated = established("UNMISS", "[{\"birthYear\":2016,\"sex\":\"MALE\"}]");
        done(terminated, "ARRANGE_SUPPORT", """
                {"kind":"AGREEMENT","amount":300,"currency":"EUR","frequency":"QUARTERLY","startsOn":"2021-02-10",
                 "arrangedOn":"2021-02-01"}""");
        done(terminated, "RECORD_PAYMENT", "{\"amount\":500,\"currency\":\"EUR\",\"paidOn\":\"2022-01-15\"}");
        done(terminated, "TERMINATE_SUPPORT", "{\"terminatedOn\":\"2023-05-20\",\"reason\":\"COURT_DECISION\"}");
        String forOneChild = established(
                "UNMISS", "[{\"birthYear\":2014,\"sex\":\"FEMALE\"},{\"birthYear\":2017,\"sex\":\"MALE\"}]");
        done(forOneChild, "ARRANGE_SUPPORT", """
                {"kind":"COURT_ORDER","amount":1200,"currency":"USD","frequency":"YEARLY","startsOn":"2019-03-31",
                 "child":1,"arrangedOn":"2019-03-01"}""");

        Map<String, BigDecimal[]> java = new HashMap<>();
        for (String reference : List.of(revised, terminated, forOneChild)) {
            JsonObject support =
                    officer.get("/claims/api/claims/" + reference).json().getJsonObject("support");
            java.merge(
                    support.getString("currency"),
                    new BigDecimal[] {number(support, "due"), number(support, "paid"), number(support, "arrears")},
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1]), a[2].add(b[2])});
        }
        Map<String, JsonObject> sql = supportByCurrency("");

        assertEquals(java.keySet(), sql.keySet());
        for (String currency : java.keySet()) {
            JsonObject line = sql.get(currency);
            BigDecimal[] figures = java.get(currency);
            assertEquals(0, figures[0].compareTo(number(line, "due")), currency + " due: " + figures[0] + " " + line);
            assertEquals(0, figures[1].compareTo(number(line, "paid")), currency + " paid " + line);
            assertEquals(0, figures[2].compareTo(number(line, "arrears")), currency + " arrears " + line);
        }
        JsonObject euro = sql.get("EUR");
        assertEquals(
                0,
                new BigDecimal("2734.88").compareTo(number(euro, "due")),
                "8 whole quarters, 300 x 80/89 for the first and 300 x 20/92 up to the termination: " + euro);
        assertEquals(0, new BigDecimal("2234.88").compareTo(number(euro, "arrears")));
        JsonObject dollars = sql.get("USD");
        assertEquals(2, dollars.getInt("arrangements"));
        assertEquals(2, dollars.getInt("childrenCovered"), "the one child of the first, the first child of the third");
        assertEquals(4, dollars.getInt("children"), "every child on the State's claims in the mission");
        assertEquals(0, new BigDecimal("50.0").compareTo(number(dollars, "sharePercent")));
        assertEquals(0, dollars.getInt("childrenPaidAsArranged"));
        assertEquals("TLS", dollars.getString("memberState"));
        assertEquals("UNMISS", dollars.getString("mission"));

        JsonObject endOf2021 = supportByCurrency("&year=2021&currency=EUR").get("EUR");
        assertEquals(
                0,
                new BigDecimal("1169.66").compareTo(number(endOf2021, "due")),
                "300 x 80/89 and three whole quarters by 31 December 2021: " + endOf2021);
        assertEquals(0, BigDecimal.ZERO.compareTo(number(endOf2021, "paid")), "paid in January 2022");
        assertEquals(1, supportByCurrency("&year=2021&currency=EUR").size(), "one currency asked, one line");
    }

    @Test
    void theClaimActionsThatWithholdAndReleaseFeedTheStatesLedger() {
        String reference = established("UNIFIL", "[{\"birthYear\":2015,\"sex\":\"FEMALE\"}]");
        BigDecimal[] before = line("CHF");

        done(reference, "RECORD_WITHHELD_REIMBURSEMENT", "{\"amount\":700,\"currency\":\"CHF\",\"on\":\"2024-03-01\"}");
        done(
                reference,
                "RELEASE_WITHHELD_REIMBURSEMENT",
                "{\"amount\":300,\"currency\":\"CHF\",\"on\":\"2024-05-01\"}");

        BigDecimal[] after = line("CHF");
        assertEquals(0, before[0].add(new BigDecimal("700")).compareTo(after[0]), "withheld");
        assertEquals(0, before[1].add(new BigDecimal("300")).compareTo(after[1]), "released");
        assertEquals(0, before[2].add(new BigDecimal("400")).compareTo(after[2]), "balance");
        JsonObject entry = officer.get("/claims/api/withheld-reimbursements?claim=" + reference)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals("2024-03-01", entry.getString("withheldOn"));
        assertEquals(0, new BigDecimal("400").compareTo(number(entry, "balance")));

        ApiClient.Reply refused = officer.act(
                reference,
                "RELEASE_WITHHELD_REIMBURSEMENT",
                officer.version(reference),
                "{\"amount\":400.01,\"currency\":\"CHF\",\"on\":\"2024-06-01\"}");
        assertEquals(400, refused.status(), refused.response().body());
        assertEquals(0, after[1].compareTo(line("CHF")[1]), "nothing released by the refused action");
    }

    /** Timor-Leste's ledger line in a currency: withheld, released, balance (zeros when there is none). */
    private BigDecimal[] line(String currency) {
        for (JsonObject line : officer.get(LEDGER + "?memberState=TLS&size=200")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (line.getString("currency").equals(currency)) {
                return new BigDecimal[] {number(line, "withheld"), number(line, "released"), number(line, "balance")};
            }
        }
        return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    }

    @Test
    void theReportsFilesGoToTheVraAndTheTaskForceAndAFocalPointReadsOnlyItsOwnLedger() {
        String reference = established("MINUSCA", "[{\"birthYear\":2015,\"sex\":\"FEMALE\"}]");
        done(reference, "ARRANGE_SUPPORT", """
                {"kind":"LUMP_SUM","amount":2500,"currency":"GBP","frequency":"ONE_OFF","startsOn":"2020-06-01",
                 "arrangedOn":"2020-05-01"}""");
        done(reference, "RECORD_WITHHELD_REIMBURSEMENT", "{\"amount\":90,\"currency\":\"GBP\",\"on\":\"2024-03-01\"}");

        HttpResponse<byte[]> csv =
                taskForce.download("/claims/api/reports/money?format=csv&memberState=TLS&currency=GBP");
        assertEquals(200, csv.statusCode());
        String text = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        assertTrue(text.startsWith("Member State,Mission,Currency,Arrangements"), text);
        assertTrue(text.contains("TLS,MINUSCA,GBP,1,1,0,1,100.0,2500.00,0.00,2500.00"), text);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElseThrow().contains("support-"));
        HttpResponse<byte[]> pdf = officer.download("/claims/api/reports/money?format=pdf&part=ledger&memberState=TLS");
        assertEquals(200, pdf.statusCode());
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        HttpResponse<byte[]> xlsx = taskForce.download("/claims/api/reports/money?format=xlsx&part=TRUST_FUND");
        assertEquals(200, xlsx.statusCode());
        assertEquals("PK", new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII));

        for (String path : List.of("/claims/api/reports/money?format=csv", "/claims/api/reports/money/support")) {
            assertEquals(403, nepal.get(path).status(), path);
        }
        assertEquals(404, nepal.get(LEDGER + "?memberState=TLS").status(), "another State's ledger");
        ApiClient.Reply own = nepal.get(LEDGER + "?size=200");
        assertEquals(200, own.status());
        for (JsonObject line : own.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals("NPL", line.getString("memberState"));
        }
        assertFalse(own.response().body().contains("TLS"));

        for (String bad : List.of(
                "?format=doc",
                "?part=claims",
                "?year=abc",
                "?year=1200",
                "?memberState=N%27PL",
                "?currency=US",
                "?mission=" + "M".repeat(30))) {
            ApiClient.Reply refused = taskForce.get("/claims/api/reports/money" + bad);
            assertEquals(400, refused.status(), bad + ": " + refused.response().body());
            assertEquals("VALIDATION", refused.json().getString("code"), bad);
        }
        assertEquals(
                400,
                taskForce.get("/claims/api/reports/money/support?size=100000").status());
    }

    /** The claim's withheld lines as the officer reads the claim, by currency. */
    private Map<String, JsonObject> withheldOnTheClaim(String reference) {
        Map<String, JsonObject> lines = new HashMap<>();
        JsonObject claim = officer.get("/claims/api/claims/" + reference).json();
        for (JsonObject line : claim.getJsonArray("withheld").getValuesAs(JsonObject.class)) {
            lines.put(line.getString("currency"), line);
        }
        return lines;
    }

    @Test
    void theClaimFileReadsWhatIsWithheldFromTheStatesBookPerCurrency() {
        String reference = established("MINUSMA", "[{\"birthYear\":2016,\"sex\":\"MALE\"}]");
        done(reference, "RECORD_WITHHELD_REIMBURSEMENT", "{\"amount\":700,\"currency\":\"CHF\",\"on\":\"2024-03-01\"}");
        done(
                reference,
                "RELEASE_WITHHELD_REIMBURSEMENT",
                "{\"amount\":300,\"currency\":\"CHF\",\"on\":\"2024-05-01\"}");
        ApiClient.Reply withheld = officer.post("/claims/api/withheld-reimbursements", """
                {"claim":"%s","withheldOn":"2024-04-02","amount":250,"currency":"EUR","reason":"claim pending"}""".formatted(reference));
        assertEquals(201, withheld.status(), withheld.response().body());
        ApiClient.Reply paid = officer.post(
                "/claims/api/withheld-reimbursements/"
                        + withheld.json().getJsonNumber("id").longValue() + "/disposals",
                """
                {"kind":"PAID_TO_CLAIMANT","disposedOn":"2024-07-01","amount":100,"reason":"support unpaid"}""");
        assertEquals(201, paid.status(), paid.response().body());

        Map<String, JsonObject> lines = withheldOnTheClaim(reference);
        assertEquals(List.of("CHF", "EUR"), lines.keySet().stream().sorted().toList(), lines.toString());
        assertEquals(0, new BigDecimal("700").compareTo(number(lines.get("CHF"), "withheld")));
        assertEquals(0, new BigDecimal("300").compareTo(number(lines.get("CHF"), "released")));
        assertEquals(0, new BigDecimal("400").compareTo(number(lines.get("CHF"), "balance")));
        assertEquals(
                0,
                new BigDecimal("150").compareTo(number(lines.get("EUR"), "balance")),
                "recorded in the book alone, paid out of it in part: " + lines.get("EUR"));
        assertEquals(0, new BigDecimal("100").compareTo(number(lines.get("EUR"), "paidToClaimant")));
    }
}
