package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The recovery codes, shown once after the authenticator is set up. */
public final class RecoveryCodesPage extends Page {

    private RecoveryCodesPage(Browser browser) {
        super(browser);
    }

    public static RecoveryCodesPage after(Browser browser, String what) {
        browser.waitForUrl("recovery-codes", what);
        return new RecoveryCodesPage(browser);
    }

    public List<String> codes() {
        return browser.texts(By.cssSelector("#recovery-codes li"));
    }

    /** Goes on, the codes kept. */
    public void goOn() {
        browser.click(By.id("continue"));
    }
}
