package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The page a form the server can no longer trust leads to: what happened, and a link back to the form's page. */
public final class ExpiredFormPage extends Page {

    private static final By GO_ON = By.id("go-on");

    private ExpiredFormPage(Browser browser) {
        super(browser, By.id("expired"));
    }

    public static ExpiredFormPage shown(Browser browser) {
        return new ExpiredFormPage(browser);
    }

    public String message() {
        return browser.text(By.id("expired"));
    }

    public String goOnLabel() {
        return browser.text(GO_ON);
    }

    /** Follows the link back to the page the form was on. */
    public void goOn() {
        browser.click(GO_ON);
    }
}
