package un.vra.claims.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A newly designated focal point's first sign-in in Chromium, in English and in French: the authenticator is set
 * up from the page (QR code, link, secret), the recovery codes are shown once, the password issued by the
 * administrator must be changed before anything else, and the next sign-in asks for a code. Screenshots of each
 * page are saved under {@code ear/target/screenshots}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecondFactorBrowserIT {

    private static final String ISSUED = "issued by the office 2026";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Deployments.ear();
    }

    /** The texts a person reads on each page, in one language. */
    private record Texts(String language, String enrolHeading, String recoveryHeading, String passwordHeading,
                         String passwordRequired, String codeHeading, String landing, String tokensHeading,
                         String tokenShownOnce) {
    }

    @Test
    void aNewFocalPointSetsUpTheSecondFactorAndChangesTheIssuedPasswordInEnglish() {
        firstSignIn(new Texts("en", "Set up your second factor", "Recovery codes", "Change your password",
                "Your password was issued by an administrator", "Second factor", "Waiting for your State",
                "Personal API tokens", "Copy the token now"));
    }

    @Test
    void aNewFocalPointSetsUpTheSecondFactorAndChangesTheIssuedPasswordInFrench() {
        firstSignIn(new Texts("fr", "Configurer votre second facteur", "Codes de secours",
                "Changer votre mot de passe", "Votre mot de passe a été attribué par un administrateur",
                "Second facteur", "En attente de votre État", "Jetons d'API personnels", "Copiez le jeton maintenant"));
    }

    private void firstSignIn(Texts texts) {
        String username = "npl.browser-" + texts.language() + System.nanoTime() % 100000;
        assertEquals(201, ApiClient.as("vra.admin").post("/claims/api/focal-points", "{\"username\":\"" + username
                + "\",\"memberState\":\"NPL\",\"initialPassword\":\"" + ISSUED + "\"}").status());
        String ownPassword = "a passphrase of my own " + texts.language();
        Authenticator app;
        try (Browser browser = new Browser(texts.language())) {
            signIn(browser, username, ISSUED);
            browser.waitForUrl("second-factor", "the password leads to the second factor");
            assertEquals(texts.enrolHeading(), browser.title());
            assertTrue(browser.waitFor(By.id("qr-code")).getAttribute("src").startsWith("data:image/svg+xml"));
            assertTrue(browser.waitFor(By.id("set-up-link")).getAttribute("href").startsWith("otpauth://totp/"));
            browser.screenshot("second-factor-set-up-" + texts.language());
            app = new Authenticator(browser.text(By.id("secret")));

            browser.type(By.id("second-factor:code"), app.now());
            browser.click(By.id("second-factor:submit"));
            browser.waitForUrl("recovery-codes", "a right first code shows the recovery codes");
            assertEquals(texts.recoveryHeading(), browser.title());
            List<String> codes = browser.findAll(By.cssSelector("#recovery-codes li")).stream()
                    .map(code -> code.getText()).toList();
            assertEquals(10, codes.size(), codes.toString());
            browser.screenshot("recovery-codes-" + texts.language());

            browser.click(By.id("continue"));
            browser.waitForUrl("account/password", "an issued password must be changed before anything else");
            assertEquals(texts.passwordHeading(), browser.title());
            assertTrue(browser.text(By.id("password-required")).startsWith(texts.passwordRequired()));
            browser.screenshot("password-change-required-" + texts.language());
            browser.open("/portal/claims.xhtml");
            browser.waitForUrl("account/password", "every other page leads back to the change");

            browser.type(By.id("password:current"), ISSUED);
            browser.type(By.id("password:new"), ownPassword);
            browser.type(By.id("password:repeated"), ownPassword);
            browser.click(By.id("password:submit"));
            browser.waitFor(By.id("continue")).click();
            browser.waitFor(By.id("pending:claims"));
            assertEquals(texts.landing(), browser.title());

            browser.click(By.id("account:nav-tokens"));
            browser.type(By.id("tokens:name"), "reporting script");
            browser.click(By.id("tokens:create"));
            String token = browser.text(By.id("new-token"));
            assertEquals(texts.tokensHeading(), browser.title());
            assertTrue(browser.pageText().contains(texts.tokenShownOnce()));
            assertTrue(browser.text(By.cssSelector("[id='token-list:list'] .token-name")).contains("reporting script"));
            browser.screenshot("api-tokens-" + texts.language());
            assertEquals(200, ApiClient.bearer(token).get("/claims/api/claims?size=1").status());
            browser.click(By.id("account:sign-out"));
            browser.waitFor(By.id("sign-in:username"));
        }
        try (Browser browser = new Browser(texts.language())) {
            signIn(browser, username, ownPassword);
            browser.waitForUrl("second-factor", "every later sign-in asks for a code");
            assertEquals(texts.codeHeading(), browser.title());
            browser.screenshot("second-factor-code-" + texts.language());
            browser.type(By.id("second-factor:code"), app.next());
            browser.click(By.id("second-factor:submit"));
            browser.waitFor(By.id("pending:claims"));
            assertEquals(texts.landing(), browser.title());
        }
        assertTrue(ApiClient.as("auditor").get("/claims/api/audit/sign-ins?outcome=SIGN_OUT&user=" + username).json()
                .getInt("total") == 1, "the sign-out is recorded");
    }

    private static void signIn(Browser browser, String username, String password) {
        browser.open("/portal/");
        browser.waitFor(By.id("sign-in:username")).sendKeys(username);
        browser.waitFor(By.id("sign-in:password")).sendKeys(password);
        browser.waitFor(By.id("sign-in:submit")).click();
    }
}
