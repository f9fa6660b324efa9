package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The page shown when one's role does not open a page. */
public final class ForbiddenPage extends Page {

    private ForbiddenPage(Browser browser) {
        super(browser);
    }

    public static ForbiddenPage shown(Browser browser) {
        browser.waitFor(By.id("forbidden"));
        return new ForbiddenPage(browser);
    }

    public String message() {
        return browser.text(By.id("forbidden"));
    }
}
