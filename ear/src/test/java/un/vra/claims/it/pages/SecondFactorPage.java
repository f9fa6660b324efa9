package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The second factor after the password: set up an authenticator the first time, then type its codes. */
public final class SecondFactorPage extends Page {

    private SecondFactorPage(Browser browser) {
        super(browser, By.id("second-factor:code"));
    }

    /** The page the browser is led to after a right password. */
    public static SecondFactorPage after(Browser browser, String what) {
        browser.waitForUrl("second-factor", what);
        return new SecondFactorPage(browser);
    }

    /** The QR code's address, a data URL. */
    public String qrCodeSource() {
        return browser.attribute(By.id("qr-code"), "src");
    }

    /** The set-up link for an authenticator on the same device. */
    public String setUpLink() {
        return browser.attribute(By.id("set-up-link"), "href");
    }

    /** The secret, as text to type into an authenticator. */
    public String secret() {
        return browser.text(By.id("secret"));
    }

    /** Types an authenticator's code and goes on. */
    public void enterCode(String code) {
        browser.type(By.id("second-factor:code"), code);
        browser.click(By.id("second-factor:submit"));
    }
}
