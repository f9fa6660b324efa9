package un.vra.claims.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The back office's claim register, where an officer lands: filters, the list, and its exports. */
public final class RegisterPage extends Page {

    private RegisterPage(Browser browser) {
        super(browser, By.id("claims-form:claims"));
    }

    /** The register the browser shows now (after signing in, say). */
    public static RegisterPage shown(Browser browser) {
        return new RegisterPage(browser);
    }

    public RegisterPage searchFor(String text) {
        browser.type(By.id("filters:text"), text);
        return this;
    }

    /** Keeps claims in one status, chosen by its label. */
    public RegisterPage withStatus(String label) {
        browser.select(By.id("filters:status"), label);
        return this;
    }

    /** Applies the filters and waits until the count reads this ("Claims: 1"). */
    public RegisterPage applyFiltersExpecting(String count) {
        browser.click(By.id("filters:apply"));
        browser.waitForExactText(By.cssSelector("[id$=':total']"), count);
        return this;
    }

    /**
     * Shows a column the list starts without, ticked by its title in the menu of the list's columns button, and
     * waits until the list shows its title.
     */
    public RegisterPage showColumn(String title) {
        browser.click(By.id("claims-form:claims:columns"));
        browser.click(By.xpath("//div[contains(@class, 'ui-columntoggler')]//li[normalize-space(.) = '" + title
                + "']//div[contains(@class, 'ui-chkbox-box')]"));
        browser.waitFor(By.xpath("//th[normalize-space(.) = '" + title + "']"));
        return this;
    }

    public ClaimFilePage openClaim(String reference) {
        browser.click(By.linkText(reference));
        return ClaimFilePage.shown(browser);
    }

    /** Exports the register as filtered, in a format (csv, xlsx, pdf), and returns the file once saved. */
    public Path export(String format) {
        browser.click(By.cssSelector(".export-" + format));
        return browser.downloaded("claims." + format);
    }
}
