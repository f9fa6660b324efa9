package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import un.vra.claims.it.pages.AccountsPage;
import un.vra.claims.it.pages.ImportPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.SignInPage;

/** The administrator's pages: the legacy import (checked, corrected, confirmed) and the accounts. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

    private static final String HEADER = "reference,received_on,claim_type,mission,allegation_reference,"
            + "personnel_category,member_state,status,paternity_outcome,closure_reason,notified_on,acknowledged_on,"
            + "paternity_determined_on,support_arranged_on,closed_on,child_birth_years,claimant_name\r\n";

    private static final String ROW_1 = "PC-2012-0301,2012-03-02,PATERNITY,MONUSCO,SEA-2012-P,MILITARY_CONTINGENT,NPL,"
            + "NOTIFIED,UNDETERMINED,,2012-04-01,,,,,2011,\r\n";

    private static final String ROW_2_WITH =
            "PC-2012-0302,2012-05-05,PATERNITY,%s,,CIVILIAN,,RECEIVED,UNDETERMINED,,,," + ",,,2012,\r\n";

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
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            ImportPage legacyImport = ImportPage.fromMenu(browser);
            legacyImport.upload(csv(HEADER + ROW_1 + String.format(ROW_2_WITH, "NOWHERE")));
            legacyImport.waitForText("2 claims in the file, 1 problem(s).");
            String problem = legacyImport.firstProblem();
            assertTrue(problem.startsWith("3 mission"), problem);
            assertTrue(problem.contains("NOWHERE"), problem);
            assertFalse(legacyImport.offersToImport(), "a file with problems cannot be imported");
            assertEquals(
                    404,
                    ApiClient.as("vra.officer")
                            .get("/claims/api/claims/PC-2012-0301")
                            .status());

            legacyImport.upload(csv(HEADER + ROW_1 + String.format(ROW_2_WITH, "MONUSCO")));
            legacyImport.waitForText("2 claims in the file, 0 problem(s).");
            legacyImport.confirmTheImport();
            legacyImport.waitForText("2 claims were imported.");
            assertTrue(legacyImport.shows("PC-2012-0301"));
        }
        assertEquals(
                "NOTIFIED",
                ApiClient.as("vra.officer")
                        .get("/claims/api/claims/PC-2012-0301")
                        .json()
                        .getString("status"));
    }

    @Test
    void anAdministratorCreatesAnAccountThatSignsInAndThenDeactivatesIt() {
        String username = "tf.member" + System.nanoTime() % 100000;
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            AccountsPage accounts = AccountsPage.fromMenu(browser);
            accounts.create(username, "Task force", "a long enough passphrase");
            accounts.waitForText("The account was created.");
            ApiClient issued = ApiClient.as(username, "a long enough passphrase");
            ApiClient.Reply firstUse = issued.get("/claims/api/metrics/summary");
            assertEquals(403, firstUse.status(), "an issued password opens nothing but its own change");
            assertEquals("PASSWORD_CHANGE_REQUIRED", firstUse.json().getString("code"));
            assertEquals(
                    204,
                    issued.post(
                                    "/claims/api/account/password",
                                    "{\"currentPassword\":\"a long enough"
                                            + " passphrase\",\"newPassword\":\"the holder's own passphrase\"}")
                            .status());
            assertEquals(
                    200,
                    ApiClient.as(username, "the holder's own passphrase")
                            .get("/claims/api/metrics/summary")
                            .status());
            accounts.issuePassword(username, "issued again by the office");
            accounts.waitForText("The password was issued");
            assertTrue(accounts.shows("Help an account holder"));
            assertTrue(accounts.mustChangeMark(username).contains("password to change"));
            accounts.screenshot("accounts-reset-en");
            assertEquals(
                    "PASSWORD_CHANGE_REQUIRED",
                    ApiClient.as(username, "issued again by the office")
                            .get("/claims/api/metrics/summary")
                            .json()
                            .getString("code"));
            accounts.deactivate(username);
            accounts.waitForText("The account was deactivated");
        }
        assertEquals(
                401,
                ApiClient.as(username, "issued again by the office")
                        .get("/claims/api/metrics/summary")
                        .status());
        try (Browser browser = new Browser("fr")) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            AccountsPage accounts = AccountsPage.fromMenu(browser);
            accounts.waitForText("Aider le titulaire d'un compte");
            assertTrue(accounts.shows("Réinitialiser le second facteur"));
            assertTrue(accounts.shows("Se connecte avec"));
            accounts.screenshot("accounts-reset-fr");
        }
    }
}
