package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The administrator's accounts: creating one, issuing a password, and deactivating one. */
public final class AccountsPage extends Page {

    private AccountsPage(Browser browser) {
        super(browser, By.id("create:username"));
    }

    public static AccountsPage fromMenu(Browser browser) {
        browser.click(By.id("nav-accounts"));
        return new AccountsPage(browser);
    }

    /** Creates an account with a role (its label) and an initial password. */
    public void create(String username, String role, String initialPassword) {
        browser.type(By.id("create:username"), username);
        browser.select(By.id("create:role"), role);
        browser.type(By.id("create:initial-password"), initialPassword);
        browser.click(By.id("create:submit"));
    }

    /** Issues a new password to an account, in the "help an account holder" form. */
    public void issuePassword(String username, String password) {
        browser.type(By.id("reset:reset-username"), username);
        browser.type(By.id("reset:reset-password"), password);
        browser.click(By.id("reset:reset-password-submit"));
    }

    /** The mark beside an account that must change its password. */
    public String mustChangeMark(String username) {
        return browser.text(By.xpath(row(username) + "//span[@class='account-must-change']"));
    }

    /** Deactivates an account from its row, and says yes when asked to confirm. */
    public void deactivate(String username) {
        browser.click(By.xpath(row(username) + "//button"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }

    private static String row(String username) {
        return "//tr[.//span[text()='" + username + "']]";
    }
}
