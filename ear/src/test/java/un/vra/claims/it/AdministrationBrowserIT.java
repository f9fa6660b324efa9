package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** The administrator's pages: the legacy import (checked, corrected, confirmed) and the accounts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

    private static final String HEADER = "reference,received_on,claim_type,mission,allegation_reference,"
            + "personnel_category,member_state,status,paternity_outcome,closure_reason,notified_on,acknowledged_on,"
            + "paternity_determined_on,support_arranged_on,closed_on,child_birth_years,claimant_name\r\n";

    private static final String ROW_1 = "PC-2012-0301,2012-03-02,PATERNITY,MONUSCO,SEA-2012-P,MILITARY_CONTINGENT,NPL,"
            + "NOTIFIED,UNDETERMINED,,2012-04-01,,,,,2011,\r\n";

    private static final String ROW_2_WITH = "PC-2012-0302,2012-05-05,PATERNITY,%s,,CIVILIAN,,RECEIVED,UNDETERMINED,,,,"
            + ",,,2012,\r\n";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    private static Path csv(String content) throws IOException {
        Path file = Files.createTempFile("legacy-", ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aFileWithAnErrorIsShownRowByRowAndNothingIsStoredThenTheCorrectedFileIsImported() throws IOException {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.admin");
            browser.click(By.id("nav-import"));
            browser.upload(By.cssSelector("[id='upload:file'] input[type=file]"),
                    csv(HEADER + ROW_1 + String.format(ROW_2_WITH, "NOWHERE")));
            browser.waitForText("2 claims in the file, 1 problem(s).");
            String problem = browser.waitFor(By.cssSelector("[id='check:problems'] tbody tr")).getText();
            assertTrue(problem.startsWith("3 mission"), problem);
            assertTrue(problem.contains("NOWHERE"), problem);
            assertTrue(browser.findAll(By.id("check:confirm")).isEmpty(), "a file with problems cannot be imported");
            assertEquals(404, ApiClient.as("vra.officer").get("/claims/api/claims/PC-2012-0301").status());

            browser.upload(By.cssSelector("[id='upload:file'] input[type=file]"),
                    csv(HEADER + ROW_1 + String.format(ROW_2_WITH, "MONUSCO")));
            browser.waitForText("2 claims in the file, 0 problem(s).");
            browser.click(By.id("check:confirm"));
            browser.waitForText("2 claims were imported.");
            assertTrue(browser.pageText().contains("PC-2012-0301"));
        }
        assertEquals("NOTIFIED", ApiClient.as("vra.officer").get("/claims/api/claims/PC-2012-0301").json()
                .getString("status"));
    }

    @Test
    void anAdministratorCreatesAnAccountThatSignsInAndThenDeactivatesIt() {
        String username = "tf.member" + System.nanoTime() % 100000;
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.admin");
            browser.click(By.id("nav-accounts"));
            browser.type(By.id("create:username"), username);
            browser.select(By.id("create:role"), "Task force");
            browser.type(By.id("create:initial-password"), "a long enough passphrase");
            browser.click(By.id("create:submit"));
            browser.waitForText("The account was created.");
            ApiClient issued = ApiClient.as(username, "a long enough passphrase");
            ApiClient.Reply firstUse = issued.get("/claims/api/metrics/summary");
            assertEquals(403, firstUse.status(), "an issued password opens nothing but its own change");
            assertEquals("PASSWORD_CHANGE_REQUIRED", firstUse.json().getString("code"));
            assertEquals(204, issued.post("/claims/api/account/password", "{\"currentPassword\":\"a long enough"
                    + " passphrase\",\"newPassword\":\"the holder's own passphrase\"}").status());
            assertEquals(200, ApiClient.as(username, "the holder's own passphrase").get("/claims/api/metrics/summary")
                    .status());
            browser.type(By.id("reset:reset-username"), username);
            browser.type(By.id("reset:reset-password"), "issued again by the office");
            browser.click(By.id("reset:reset-password-submit"));
            browser.waitForText("The password was issued");
            assertTrue(browser.pageText().contains("Help an account holder"));
            assertTrue(browser.text(By.xpath("//tr[.//span[text()='" + username + "']]//span[@class='account-must-change']"))
                    .contains("password to change"));
            browser.screenshot("accounts-reset-en");
            assertEquals("PASSWORD_CHANGE_REQUIRED", ApiClient.as(username, "issued again by the office")
                    .get("/claims/api/metrics/summary").json().getString("code"));
            browser.click(By.xpath("//tr[.//span[text()='" + username + "']]//button"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitForText("The account was deactivated");
        }
        assertEquals(401, ApiClient.as(username, "issued again by the office").get("/claims/api/metrics/summary")
                .status());
        try (Browser browser = new Browser("fr")) {
            browser.signIn("claims", "vra.admin");
            browser.click(By.id("nav-accounts"));
            browser.waitForText("Aider le titulaire d'un compte");
            assertTrue(browser.pageText().contains("Réinitialiser le second facteur"));
            assertTrue(browser.pageText().contains("Se connecte avec"));
            browser.screenshot("accounts-reset-fr");
        }
    }
}
