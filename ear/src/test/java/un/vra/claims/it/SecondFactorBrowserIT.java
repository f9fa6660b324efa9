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
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PasswordPage;
import un.vra.claims.it.pages.PortalClaimsPage;
import un.vra.claims.it.pages.PortalHomePage;
import un.vra.claims.it.pages.RecoveryCodesPage;
import un.vra.claims.it.pages.SecondFactorPage;
import un.vra.claims.it.pages.SignInPage;
import un.vra.claims.it.pages.TokensPage;

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
    private record Texts(
            String language,
            String enrolHeading,
            String recoveryHeading,
            String passwordHeading,
            String passwordRequired,
            String codeHeading,
            String landing,
            String tokensHeading,
            String tokenShownOnce) {}

    @Test
    void aNewFocalPointSetsUpTheSecondFactorAndChangesTheIssuedPasswordInEnglish() {
        firstSignIn(new Texts(
                "en",
                "Set up your second factor",
                "Recovery codes",
                "Change your password",
                "Your password was issued by an administrator",
                "Second factor",
                "Waiting for your State",
                "Personal API tokens",
                "Copy the token now"));
    }

    @Test
    void aNewFocalPointSetsUpTheSecondFactorAndChangesTheIssuedPasswordInFrench() {
        firstSignIn(new Texts(
                "fr",
                "Configurer votre second facteur",
                "Codes de secours",
                "Changer votre mot de passe",
                "Votre mot de passe a été attribué par un administrateur",
                "Second facteur",
                "En attente de votre État",
                "Jetons d'API personnels",
                "Copiez le jeton maintenant"));
    }

    private void firstSignIn(Texts texts) {
        String username = "npl.browser-" + texts.language() + System.nanoTime() % 100000;
        assertEquals(
                201,
                ApiClient.as("vra.admin")
                        .post(
                                "/claims/api/focal-points",
                                "{\"username\":\"" + username + "\",\"memberState\":\"NPL\",\"initialPassword\":\""
                                        + ISSUED + "\"}")
                        .status());
        String ownPassword = "a passphrase of my own " + texts.language();
        Authenticator app;
        try (Browser browser = new Browser(texts.language())) {
            SignInPage.open(browser, Page.PORTAL).submit(username, ISSUED);
            SecondFactorPage enrol = SecondFactorPage.after(browser, "the password leads to the second factor");
            assertEquals(texts.enrolHeading(), enrol.heading());
            assertTrue(enrol.qrCodeSource().startsWith("data:image/svg+xml"));
            assertTrue(enrol.setUpLink().startsWith("otpauth://totp/"));
            enrol.screenshot("second-factor-set-up-" + texts.language());
            app = new Authenticator(enrol.secret());

            enrol.enterCode(app.now());
            RecoveryCodesPage recovery =
                    RecoveryCodesPage.after(browser, "a right first code shows the recovery codes");
            assertEquals(texts.recoveryHeading(), recovery.heading());
            List<String> codes = recovery.codes();
            assertEquals(10, codes.size(), codes.toString());
            recovery.screenshot("recovery-codes-" + texts.language());

            recovery.goOn();
            PasswordPage password =
                    PasswordPage.after(browser, "an issued password must be changed before anything else");
            assertEquals(texts.passwordHeading(), password.heading());
            assertTrue(password.requiredNotice().startsWith(texts.passwordRequired()));
            password.screenshot("password-change-required-" + texts.language());
            PortalClaimsPage.attemptToOpen(browser);
            password = PasswordPage.after(browser, "every other page leads back to the change");

            password.change(ISSUED, ownPassword);
            assertEquals(texts.landing(), PortalHomePage.shown(browser).heading());

            TokensPage tokens = TokensPage.fromTopBar(browser);
            String token = tokens.create("reporting script");
            assertEquals(texts.tokensHeading(), tokens.heading());
            assertTrue(tokens.shows(texts.tokenShownOnce()));
            assertTrue(tokens.tokenNames().contains("reporting script"));
            tokens.screenshot("api-tokens-" + texts.language());
            assertEquals(
                    200,
                    ApiClient.bearer(token).get("/claims/api/claims?size=1").status());
            tokens.signOut();
        }
        try (Browser browser = new Browser(texts.language())) {
            SignInPage.open(browser, Page.PORTAL).submit(username, ownPassword);
            SecondFactorPage code = SecondFactorPage.after(browser, "every later sign-in asks for a code");
            assertEquals(texts.codeHeading(), code.heading());
            code.screenshot("second-factor-code-" + texts.language());
            code.enterCode(app.next());
            assertEquals(texts.landing(), PortalHomePage.shown(browser).heading());
        }
        assertTrue(
                ApiClient.as("auditor")
                                .get("/claims/api/audit/sign-ins?outcome=SIGN_OUT&user=" + username)
                                .json()
                                .getInt("total")
                        == 1,
                "the sign-out is recorded");
    }
}
