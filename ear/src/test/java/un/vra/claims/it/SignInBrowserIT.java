package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** People sign in to each web module in Chromium and see a claim registered through the API. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    private static String nepalReference;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** Registered through the API; most recently updated first, so it is on the first page of each table. */
    private static String nepalClaim() {
        if (nepalReference == null) {
            nepalReference = ApiClient.notifiedByAdmin(ApiClient.as("vra.officer")
                    .post("/claims/api/claims", ClaimsApiIT.NEPAL_CLAIM).json().getString("reference"));
        }
        return nepalReference;
    }

    @Test
    void anOfficerSignsInToTheBackOfficeAndSeesTheClaimInTheRegister() {
        String reference = nepalClaim();
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.officer");
            browser.waitFor(By.id("claims-form:claims"));
            assertEquals("Claim register", browser.title());
            assertTrue(browser.pageText().contains(reference), "the register shows " + reference);
            assertEquals("vra.officer", browser.waitFor(By.id("signed-in-user")).getText());
        }
    }

    @Test
    void nepalsFocalPointSeesTheClaimInThePortalAndSouthAfricasDoesNot() {
        String reference = nepalClaim();
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.npl");
            browser.open("/portal/claims.xhtml");
            browser.waitFor(By.id("claims-form:claims"));
            assertTrue(browser.pageText().contains(reference));
        }
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "focal.zaf");
            browser.open("/portal/claims.xhtml");
            browser.waitFor(By.id("claims-form:claims"));
            assertFalse(browser.pageText().contains(reference));
        }
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheSignInPageWithAMessage() {
        try (Browser browser = new Browser()) {
            browser.open("/claims/");
            browser.waitFor(By.id("sign-in:username")).sendKeys("vra.officer");
            browser.waitFor(By.id("sign-in:password")).sendKeys("wrong-password-123");
            browser.waitFor(By.id("sign-in:submit")).click();
            assertTrue(browser.waitFor(By.id("messages")).getText().contains("not right"));
        }
    }

    @Test
    void signingInGivesANewSessionAndSigningOutEndsIt() {
        try (Browser browser = new Browser()) {
            browser.open("/claims/");
            browser.waitFor(By.id("sign-in:username"));
            String before = browser.sessionCookie();
            browser.signIn("claims", "vra.officer");
            browser.waitFor(By.id("claims-form:claims"));
            String after = browser.sessionCookie();
            assertTrue(before != null && after != null && !before.equals(after), before + " -> " + after);
            browser.click(By.id("account:sign-out"));
            browser.waitFor(By.id("sign-in:username"));
            browser.open("/claims/");
            browser.waitFor(By.id("sign-in:username"));
            assertTrue(browser.currentUrl().contains("sign-in"), browser.currentUrl());
        }
    }

    @Test
    void anAdministratorDesignatesAFocalPointAndDeactivatesItOnThePage() {
        try (Browser browser = new Browser()) {
            browser.signIn("claims", "vra.admin");
            browser.click(By.id("nav-focal-points"));
            browser.type(By.id("designate:username"), "npl.page-made");
            browser.choose("designate:memberState", "NPL");
            browser.type(By.id("designate:initialPassword"), "too-short");
            browser.click(By.id("designate:submit"));
            browser.waitForText("at least 12 characters");
            browser.type(By.id("designate:initialPassword"), "a long enough passphrase");
            browser.click(By.id("designate:submit"));
            browser.waitForText("The focal point was designated.");
            assertTrue(browser.pageText().contains("npl.page-made"));
        }
        ApiClient.Reply passwordAlone = ApiClient.as("npl.page-made", "a long enough passphrase")
                .get("/claims/api/claims?size=1");
        assertEquals(401, passwordAlone.status(), "a focal point reaches the API with a token, after its second factor");
        assertEquals("TOKEN_REQUIRED", passwordAlone.json().getString("code"));
    }

    @Test
    void aFrenchSpeakingFocalPointReadsThePortalInFrench() {
        try (Browser browser = new Browser("fr")) {
            browser.open("/portal/");
            assertEquals("Connexion", browser.waitFor(By.tagName("h1")).getText());
            browser.signIn("portal", "focal.npl");
            browser.waitFor(By.id("pending:claims"));
            assertEquals("En attente de votre État", browser.title());
            assertTrue(browser.pageText().contains("Se déconnecter"));
            assertTrue(browser.pageText().contains("Prochaine étape"));
            browser.open("/portal/inbox.xhtml");
            assertTrue(browser.waitFor(By.id("inbox:unread-count")).getText().startsWith("Messages non lus"));
        }
    }

    @Test
    void anOfficerSigningInToThePortalIsPolitelyRefused() {
        try (Browser browser = new Browser()) {
            browser.signIn("portal", "vra.officer");
            assertTrue(browser.waitFor(By.id("forbidden")).getText().contains("does not give access"));
        }
    }
}
