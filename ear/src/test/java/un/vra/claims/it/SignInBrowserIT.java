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
import un.vra.claims.it.pages.ClaimFilePage;
import un.vra.claims.it.pages.ExpiredFormPage;
import un.vra.claims.it.pages.FocalPointsPage;
import un.vra.claims.it.pages.ForbiddenPage;
import un.vra.claims.it.pages.InboxPage;
import un.vra.claims.it.pages.Page;
import un.vra.claims.it.pages.PortalClaimsPage;
import un.vra.claims.it.pages.PortalHomePage;
import un.vra.claims.it.pages.RegisterPage;
import un.vra.claims.it.pages.SignInPage;

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
                    .post("/claims/api/claims", ClaimsApiIT.NEPAL_CLAIM)
                    .json()
                    .getString("reference"));
        }
        return nepalReference;
    }

    @Test
    void anOfficerSignsInToTheBackOfficeAndSeesTheClaimInTheRegister() {
        String reference = nepalClaim();
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.officer");
            RegisterPage register = RegisterPage.shown(browser);
            assertEquals("Claim register", register.heading());
            assertTrue(register.shows(reference), "the register shows " + reference);
            assertEquals("vra.officer", register.signedInUser());
        }
    }

    @Test
    void nepalsFocalPointSeesTheClaimInThePortalAndSouthAfricasDoesNot() {
        String reference = nepalClaim();
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.npl");
            assertTrue(PortalClaimsPage.open(browser).shows(reference));
        }
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "focal.zaf");
            assertFalse(PortalClaimsPage.open(browser).shows(reference));
        }
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheSignInPageWithAMessage() {
        try (Browser browser = new Browser()) {
            SignInPage signIn = SignInPage.open(browser, Page.BACK_OFFICE);
            signIn.submit("vra.officer", "wrong-password-123");
            assertTrue(signIn.message().contains("not right"));
        }
    }

    @Test
    void signingInGivesANewSessionAndSigningOutEndsIt() {
        try (Browser browser = new Browser()) {
            SignInPage signIn = SignInPage.open(browser, Page.BACK_OFFICE);
            String before = browser.sessionCookie();
            signIn.signIn("vra.officer");
            RegisterPage register = RegisterPage.shown(browser);
            String after = browser.sessionCookie();
            assertTrue(before != null && after != null && !before.equals(after), before + " -> " + after);
            register.signOut();
            SignInPage again = SignInPage.open(browser, Page.BACK_OFFICE);
            assertTrue(again.address().contains("sign-in"), again.address());
        }
    }

    @Test
    void anAdministratorDesignatesAFocalPointAndDeactivatesItOnThePage() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.BACK_OFFICE, "vra.admin");
            FocalPointsPage focalPoints = FocalPointsPage.fromMenu(browser);
            focalPoints.designate("npl.page-made", "NPL", "too-short");
            focalPoints.waitForText("at least 12 characters");
            focalPoints.designateWithPassword("a long enough passphrase");
            focalPoints.waitForText("The focal point was designated.");
            assertTrue(focalPoints.shows("npl.page-made"));
        }
        ApiClient.Reply passwordAlone =
                ApiClient.as("npl.page-made", "a long enough passphrase").get("/claims/api/claims?size=1");
        assertEquals(
                401, passwordAlone.status(), "a focal point reaches the API with a token, after its second factor");
        assertEquals("TOKEN_REQUIRED", passwordAlone.json().getString("code"));
    }

    @Test
    void aFrenchSpeakingFocalPointReadsThePortalInFrench() {
        try (Browser browser = new Browser("fr")) {
            SignInPage signIn = SignInPage.open(browser, Page.PORTAL);
            assertEquals("Connexion", signIn.heading());
            signIn.signIn("focal.npl");
            PortalHomePage home = PortalHomePage.shown(browser);
            assertEquals("En attente de votre État", home.heading());
            assertTrue(home.shows("Se déconnecter"));
            assertTrue(home.shows("Prochaine étape"));
            assertTrue(InboxPage.open(browser).unreadCountText().startsWith("Messages non lus"));
        }
    }

    @Test
    void aSignInFormWhoseViewStateWasTamperedWithLeadsToAFrenchPageThatOffersToGoOn() {
        try (Browser browser = new Browser("fr")) {
            browser.width(1280);
            SignInPage signIn = SignInPage.open(browser, Page.BACK_OFFICE);
            browser.script("document.querySelector('input[name=\"jakarta.faces.ViewState\"]').value = 'forged';");
            signIn.submit("vra.officer", Browser.DEMO_PASSWORD);
            ExpiredFormPage expired = ExpiredFormPage.shown(browser);
            browser.screenshot("expired-form-fr");
            assertEquals("Ce formulaire ne peut plus être envoyé", expired.heading());
            assertTrue(expired.message().startsWith("Le formulaire a été ouvert il y a trop longtemps"));
            assertEquals("Continuer vers la page", expired.goOnLabel());
            expired.goOn();
            assertEquals("Connexion", SignInPage.shown(browser).heading());
        }
    }

    @Test
    void anOfficerSigningInToThePortalIsPolitelyRefused() {
        try (Browser browser = new Browser()) {
            SignInPage.signIn(browser, Page.PORTAL, "vra.officer");
            assertTrue(ForbiddenPage.shown(browser).message().contains("does not give access"));
        }
    }

    @Test
    void aLinkToAClaimFollowedBeforeSigningInLandsOnTheClaimInEitherModule() {
        String reference = nepalClaim();
        for (String[] module : new String[][] {{Page.BACK_OFFICE, "vra.officer"}, {Page.PORTAL, "focal.npl"}}) {
            try (Browser browser = new Browser()) {
                SignInPage.followLink(browser, module[0], "/claim.xhtml?reference=" + reference)
                        .signIn(module[1]);
                ClaimFilePage file = ClaimFilePage.shown(browser);
                assertTrue(
                        browser.currentUrl().endsWith("/" + module[0] + "/claim.xhtml?reference=" + reference),
                        browser.currentUrl());
                assertEquals("Claim " + reference, file.heading());
            }
        }
    }
}
