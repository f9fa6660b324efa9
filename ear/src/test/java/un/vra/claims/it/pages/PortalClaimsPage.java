package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The portal's list of the State's claims. */
public final class PortalClaimsPage extends Page {

    private PortalClaimsPage(Browser browser) {
        super(browser, By.id("claims-form:claims"));
    }

    public static PortalClaimsPage open(Browser browser) {
        browser.open("/portal/claims.xhtml");
        return new PortalClaimsPage(browser);
    }

    /** Goes to the list's address without expecting to be shown it (while a password must be changed, say). */
    public static void attemptToOpen(Browser browser) {
        browser.open("/portal/claims.xhtml");
    }

    public ClaimFilePage openClaim(String reference) {
        browser.click(By.linkText(reference));
        return ClaimFilePage.shown(browser);
    }
}
