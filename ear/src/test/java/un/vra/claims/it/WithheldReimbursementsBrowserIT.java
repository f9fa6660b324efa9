package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.SignInPage;
import un.vra.claims.it.pages.WithheldPage;

/**
 * The withheld reimbursements page of the back office: an officer withholds from a State for a claim, releases part
 * to the State and pays part to the claimant, and the State's ledger shows all three and the balance; the page reads
 * the same in French. Screenshots at 1280 px go to {@code target/screenshots/withheld-*.png}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithheldReimbursementsBrowserIT {

    private static final int SCREEN_WIDTH = 1280;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    @Test
    void anOfficerWithholdsReleasesAndPaysAndTheStatesLedgerShowsTheBalance() {
        String reference = ApiClient.as("vra.officer").register(ClaimsApiIT.NEPAL_CLAIM.replace("NPL", "BGD"));
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            WithheldPage page = WithheldPage.open(browser);
            assertEquals("Withheld reimbursements", page.heading());
            assertTrue(page.unOnlyNotice().startsWith("UN only: amounts withheld"), page.unOnlyNotice());
            assertEquals(
                    List.of(
                            "Member State",
                            "Currency",
                            "Withheld",
                            "Released to the State",
                            "Paid to claimants",
                            "Balance"),
                    page.ledgerColumnTitles());

            page.withhold(reference, "2024-04-02", "5000", "CHF", "Claim pending with the State");
            page.waitForText("The amount withheld was recorded.");
            page.showState("BGD");
            page.disposeOfFirst("Released to the State", "2024-06-01", "2000", "DNA samples collected");
            page.waitForText("The release or payment was recorded.");
            page.disposeOfFirst("Paid to the claimant", "2024-07-01", "1500", "Support unpaid");
            page.waitForText("The release or payment was recorded.");
            page.showState("BGD");

            assertEquals(List.of(List.of("BGD", "CHF", "5,000.00", "2,000.00", "1,500.00", "1,500.00")), page.ledger());
            List<String> row = page.amounts().get(0);
            assertEquals(reference, row.get(2));
            assertEquals("1,500.00", row.get(7), "the balance of the amount withheld");
            assertTrue(page.amountColumnTitles().containsAll(List.of("Claim", "Withheld on", "Reason", "Recorded by")));
            page.screenshot("withheld-en");

            page.withhold(reference, "2024-04-02", "5000", "CHF", "once more");
            page.waitForText("The amount withheld was recorded.");
            page.disposeOfFirst("Released to the State", "2024-06-01", "5000.01", "too much");
            page.waitForText("only CHF 5000.00 of this amount remains withheld");
            page.screenshot("withheld-refused-en");
        }
        try (Browser french = new Browser("fr")) {
            french.width(SCREEN_WIDTH);
            SignInPage.signIn(french, Page.BACK_OFFICE, "vra.officer");
            WithheldPage page = WithheldPage.open(french);
            assertEquals("Remboursements retenus", page.heading());
            String text = page.text();
            for (String label : List.of(
                    "Grand livre par État et par monnaie",
                    "Montants retenus",
                    "Retenir un montant",
                    "Restituer ou verser à la plaignante",
                    "Restitué à l'État",
                    "Versé aux plaignantes",
                    "Solde")) {
                assertTrue(text.contains(label), label);
            }
            page.showState("BGD");
            assertEquals(
                    "2 000,00",
                    page.ledger().get(0).get(3).replace('\u202f', ' ').replace('\u00a0', ' '),
                    "an amount as French writes it");
            page.screenshot("withheld-fr");

            // An amount withheld by the claim's action: its reason is the page's, in French, not the stored English.
            ApiClient officer = ApiClient.as("vra.officer");
            String notified = officer.notified(ClaimLifecycleIT.FULL_CLAIM, "NV-W");
            ApiClient.Reply withheld = officer.act(
                    notified,
                    "RECORD_WITHHELD_REIMBURSEMENT",
                    officer.version(notified),
                    "{\"amount\":300,\"currency\":\"CHF\",\"on\":\"" + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                            + "\"}");
            assertEquals(200, withheld.status(), withheld.response().body());
            page.showState("NPL");
            assertTrue(page.text().contains("Retenu par l'action de la demande, dans sa chronologie"), page.text());
            assertFalse(page.text().contains("RECORD_WITHHELD"), "no action's name on the page");
        }
    }

    @Test
    void theTaskForceReadsTheSupportTheLedgerAndTheTrustFundTotalsWithAChartAndExportsThem() throws Exception {
        ApiClient officer = ApiClient.as("vra.officer");
        String reference = officer.register(ClaimsApiIT.NEPAL_CLAIM.replace("NPL", "LKA"));
        officer.post("/claims/api/withheld-reimbursements", """
                {"claim":"%s","withheldOn":"2024-04-02","amount":800,"currency":"SEK"}""".formatted(reference));
        officer.act(
                reference,
                "RECORD_INTERIM_ASSISTANCE",
                officer.version(reference),
                "{\"amount\":250,\"currency\":\"SEK\",\"paidOn\":\"2024-05-01\",\"source\":\"Trust Fund\","
                        + "\"kind\":\"LIVELIHOOD\"}");
        String supported = officer.register("""
                {"receivedOn":"2018-01-04","claimType":"PATERNITY_AND_CHILD_SUPPORT","mission":"UNAMID",
                 "personnelCategory":"MILITARY_CONTINGENT","memberState":"LKA",
                 "children":[{"birthYear":2016,"sex":"FEMALE"}]}""");
        for (String[] step : new String[][] {
            {"NOTIFY_MEMBER_STATE", "{\"noteVerbaleReference\":\"NV-L\",\"notifiedOn\":\"2018-01-10\"}"},
            {"ACKNOWLEDGE", "{\"acknowledgedOn\":\"2018-02-01\"}"},
            {"RECORD_ADMISSION", "{\"evidence\":\"Signed\",\"admittedOn\":\"2018-12-01\"}"},
            {
                "ARRANGE_SUPPORT",
                "{\"kind\":\"LUMP_SUM\",\"amount\":1800,\"currency\":\"SEK\",\"frequency\":\"ONE_OFF\","
                        + "\"startsOn\":\"2020-06-01\",\"arrangedOn\":\"2020-05-01\"}"
            },
            {"RECORD_PAYMENT", "{\"amount\":600,\"currency\":\"SEK\",\"paidOn\":\"2021-01-05\"}"}
        }) {
            assertEquals(
                    200,
                    officer.act(supported, step[0], officer.version(supported), step[1])
                            .status(),
                    step[0]);
        }
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            SignInPage.signIn(browser, Page.BACK_OFFICE, "taskforce");
            browser.click(By.id("nav-money-report"));
            browser.waitFor(By.id("report:payments-chart"));
            assertEquals("Money report: support, withheld reimbursements and Trust Fund", browser.title());
            String text = browser.pageText();
            for (String label : List.of(
                    "Support per State, mission and currency",
                    "Arrangements",
                    "Children covered",
                    "Children paid as arranged",
                    "Share covered (%)",
                    "Due so far",
                    "Arrears",
                    "Ledger per State and currency",
                    "Trust Fund interim assistance",
                    "Paid to claimants",
                    "Balance",
                    "Payments",
                    "Livelihood")) {
                assertTrue(text.contains(label), label);
            }
            assertTrue(
                    browser.rows(By.id("report:ledger"))
                            .contains(List.of("LKA", "SEK", "800.00", "0.00", "0.00", "800.00")),
                    browser.rows(By.id("report:ledger")).toString());
            assertTrue(browser.rows(By.id("report:totals"))
                    .contains(List.of("2024", "LKA", "MONUSCO", "Livelihood", "SEK", "1", "250.00")));
            assertTrue(
                    browser.rows(By.id("report:support-totals"))
                            .contains(List.of(
                                    "LKA",
                                    "UNAMID",
                                    "SEK",
                                    "1",
                                    "1",
                                    "0",
                                    "1",
                                    "100",
                                    "1,800.00",
                                    "600.00",
                                    "1,200.00")),
                    browser.rows(By.id("report:support-totals")).toString());
            browser.screenshot("money-report-en");
            browser.click(By.cssSelector("button.export-support-csv"));
            String support = Files.readString(browser.downloaded("support-" + LocalDate.now(ZoneOffset.UTC) + ".csv"));
            assertTrue(support.contains("LKA,UNAMID,SEK,1,1,0,1,100.0,1800.00,600.00,1200.00"), support);
            browser.click(By.cssSelector("button.export-ledger-csv"));
            String csv =
                    Files.readString(browser.downloaded("withheld-ledger-" + LocalDate.now(ZoneOffset.UTC) + ".csv"));
            assertTrue(csv.contains("LKA,SEK,800.00,0.00,0.00,800.00"), csv);
        }
        try (Browser french = new Browser("fr")) {
            french.width(SCREEN_WIDTH);
            SignInPage.signIn(french, Page.BACK_OFFICE, "taskforce");
            french.click(By.id("nav-money-report"));
            french.waitFor(By.id("report:payments-chart"));
            assertEquals(
                    "Rapport financier : pensions alimentaires, remboursements retenus et Fonds d'affectation spéciale",
                    french.title());
            assertTrue(french.pageText().contains("Moyens de subsistance"));
            assertTrue(french.pageText().contains("Versé aux plaignantes"));
            assertTrue(french.pageText().contains("640,00"), "an amount as French writes it: " + french.pageText());
            assertTrue(french.pageText().contains("Pensions alimentaires par État, mission et monnaie"));
            assertTrue(french.pageText().contains("Enfants payés comme convenu"));
            List<List<String>> lines = french.rows(By.id("report:support-totals")).stream()
                    .map(line -> line.stream()
                            .map(cell -> cell.replace('\u202f', ' ').replace('\u00a0', ' '))
                            .toList())
                    .toList();
            assertTrue(
                    lines.contains(List.of(
                            "LKA", "UNAMID", "SEK", "1", "1", "0", "1", "100", "1 800,00", "600,00", "1 200,00")),
                    "amounts as French writes them: " + lines);
            french.screenshot("money-report-fr");
        }
        try (Browser arabic = new Browser("ar")) {
            arabic.width(SCREEN_WIDTH);
            SignInPage.signIn(arabic, Page.BACK_OFFICE, "taskforce");
            arabic.click(By.id("nav-money-report"));
            arabic.waitFor(By.id("report:payments-chart"));
            assertEquals("التقرير المالي: نفقة الأطفال والمبالغ المستردة المحتجزة والصندوق الاستئماني", arabic.title());
            assertTrue(arabic.pageText().contains("نفقة الأطفال حسب الدولة والبعثة والعملة"));
            arabic.screenshot("money-report-ar");
        }
    }

    @Test
    void aFocalPointSeesItsOwnStatesLedgerInThePortalAndNoOtherStatesNorTheTrustFund() {
        ApiClient officer = ApiClient.as("vra.officer");
        String nepalClaim = officer.register(ClaimsApiIT.NEPAL_CLAIM);
        String southAfricaClaim = officer.register(ClaimsApiIT.NEPAL_CLAIM.replace("NPL", "ZAF"));
        officer.post("/claims/api/withheld-reimbursements", """
                {"claim":"%s","withheldOn":"2024-04-02","amount":640,"currency":"NOK"}""".formatted(nepalClaim));
        officer.post("/claims/api/withheld-reimbursements", """
                {"claim":"%s","withheldOn":"2024-04-02","amount":910,"currency":"DKK"}""".formatted(southAfricaClaim));
        try (Browser browser = new Browser()) {
            browser.width(SCREEN_WIDTH);
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            browser.click(By.id("nav-ledger"));
            browser.waitFor(By.id("ledger-form:list"));
            assertEquals("Reimbursements withheld from your State", browser.title());
            assertEquals(
                    List.of("Currency", "Withheld", "Released to the State", "Paid to claimants", "Balance"),
                    browser.columnTitles(By.id("ledger-form:list")));
            String text = browser.pageText();
            assertTrue(text.contains("640.00"), text);
            assertFalse(text.contains("DKK"), "South Africa's book reached Nepal");
            assertFalse(text.contains("Trust Fund"), text);
            browser.screenshot("portal-ledger-en");
        }
        try (Browser french = new Browser("fr")) {
            french.width(SCREEN_WIDTH);
            SignInPage.signIn(french, Page.PORTAL, "focal.npl");
            french.click(By.id("nav-ledger"));
            french.waitFor(By.id("ledger-form:list"));
            assertEquals("Remboursements retenus à votre État", french.title());
            assertTrue(french.pageText().contains("Versé aux plaignantes"));
            assertTrue(french.pageText().contains("640,00"), "an amount as French writes it: " + french.pageText());
            french.screenshot("portal-ledger-fr");
        }
    }
}
