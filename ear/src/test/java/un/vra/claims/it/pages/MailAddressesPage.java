package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The administrator's mail addresses: each State's Permanent Mission and each focal point, with their languages. */
public final class MailAddressesPage extends Page {

    private MailAddressesPage(Browser browser) {
        super(browser, By.id("missions:table"));
    }

    public static MailAddressesPage fromMenu(Browser browser) {
        browser.click(By.id("nav-mail-addresses"));
        return new MailAddressesPage(browser);
    }

    /** Lists only the States whose name or code holds this. */
    public void search(String state) {
        browser.type(By.id("missions:filter"), state);
        browser.click(By.id("missions:search"));
    }

    /** Opens the first State listed in the mission form, gives it an address and a language (its label), saves. */
    public void editFirstMission(String email, String language) {
        browser.click(By.cssSelector("#missions\\:table .edit-mission"));
        browser.waitFor(By.cssSelector("#mission\\:state[value]:not([value=''])"));
        browser.type(By.id("mission:email"), email);
        browser.select(By.id("mission:language"), language);
        browser.click(By.id("mission:submit"));
    }
}
