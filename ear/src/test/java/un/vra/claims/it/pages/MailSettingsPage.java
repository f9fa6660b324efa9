package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** One's own reminder mails: the address, the language, and each mail or a weekly digest. */
public final class MailSettingsPage extends Page {

    private MailSettingsPage(Browser browser) {
        super(browser, By.id("mail:email"));
    }

    public static MailSettingsPage fromMenu(Browser browser) {
        browser.click(By.id("account:nav-mail"));
        return new MailSettingsPage(browser);
    }

    /** Chooses an address, a language (its label) and the weekly digest, and saves. */
    public void choose(String email, String language) {
        browser.type(By.id("mail:email"), email);
        browser.select(By.id("mail:language"), language);
        browser.click(By.cssSelector("#mail\\:digest .ui-chkbox-box"));
        browser.click(By.id("mail:submit"));
    }
}
