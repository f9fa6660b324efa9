package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** One's own password change, required before anything else when the password was issued. */
public final class PasswordPage extends Page {

    private PasswordPage(Browser browser) {
        super(browser, By.id("password:new"));
    }

    public static PasswordPage after(Browser browser, String what) {
        browser.waitForUrl("account/password", what);
        return new PasswordPage(browser);
    }

    /** The notice that the password must be changed. */
    public String requiredNotice() {
        return browser.text(By.id("password-required"));
    }

    /** Changes the password and goes on once the page says it was changed. */
    public void change(String current, String newPassword) {
        browser.type(By.id("password:current"), current);
        browser.type(By.id("password:new"), newPassword);
        browser.type(By.id("password:repeated"), newPassword);
        browser.click(By.id("password:submit"));
        browser.click(By.id("continue"));
    }
}
