package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The portal's landing page: what waits for the State, and the State's figures beside the median of all States. */
public final class PortalHomePage extends Page {

    private static final By PENDING = By.id("pending:claims");
    private static final By STATE_AGING = By.id("state-aging");

    private PortalHomePage(Browser browser) {
        super(browser, PENDING);
    }

    /** The landing page the browser shows now (after signing in, say). */
    public static PortalHomePage shown(Browser browser) {
        return new PortalHomePage(browser);
    }

    public ClaimFilePage openClaim(String reference) {
        browser.click(By.linkText(reference));
        return ClaimFilePage.shown(browser);
    }

    /** The row of a claim waiting for the State: its next step and due day. */
    public String pendingClaim(String reference) {
        return browser.text(By.xpath("//*[@id='pending:claims']//tr[.//a[text()='" + reference + "']]"));
    }

    /** One of the State's figures as shown (pending, band-under1y, overdue, acknowledged, dna-result, idle). */
    public String stateFigure(String name) {
        browser.waitFor(STATE_AGING);
        return browser.text(By.cssSelector("#aging-" + name + " .value"));
    }

    /** The median of all States shown beside one of the State's figures. */
    public String comparison(String name) {
        return browser.text(By.cssSelector("#aging-" + name + " .compare"));
    }

    public void waitForTheAgingChart() {
        browser.waitFor(By.cssSelector("#aging-chart canvas"));
    }

    /** The markup of the State's figures section, to see whom it names. */
    public String stateFiguresMarkup() {
        return browser.html(STATE_AGING);
    }
}
