package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The administrator's focal points per Member State. */
public final class FocalPointsPage extends Page {

    private static final By PASSWORD = By.id("designate:initialPassword");

    private FocalPointsPage(Browser browser) {
        super(browser, By.id("designate:username"));
    }

    public static FocalPointsPage fromMenu(Browser browser) {
        browser.click(By.id("nav-focal-points"));
        return new FocalPointsPage(browser);
    }

    /** Designates a focal point for a State (its code) with an initial password. */
    public void designate(String username, String memberState, String initialPassword) {
        browser.type(By.id("designate:username"), username);
        browser.choose("designate:memberState", memberState);
        browser.type(PASSWORD, initialPassword);
        browser.click(By.id("designate:submit"));
    }

    /** After a refusal of the password, types another over it and designates again; the rest stays as typed. */
    public void designateWithPassword(String initialPassword) {
        browser.type(PASSWORD, initialPassword);
        browser.click(By.id("designate:submit"));
    }
}
