package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The sign-in page of either module. */
public final class SignInPage extends Page {

    private static final By USERNAME = By.id("sign-in:username");

    SignInPage(Browser browser) {
        super(browser, USERNAME);
    }

    /** Opens a module ({@link #BACK_OFFICE} or {@link #PORTAL}) signed out: its sign-in page. */
    public static SignInPage open(Browser browser, String module) {
        browser.open("/" + module + "/");
        return new SignInPage(browser);
    }

    /** The sign-in page, once a link or a redirect has led to it. */
    public static SignInPage shown(Browser browser) {
        return new SignInPage(browser);
    }

    /** Follows a link to a page of a module while signed out: the sign-in page, which keeps where it pointed. */
    public static SignInPage followLink(Browser browser, String module, String page) {
        browser.open("/" + module + page);
        return new SignInPage(browser);
    }

    /** Signs in with a demo account's published password and waits to be let in. */
    public void signIn(String username) {
        submit(username, Browser.DEMO_PASSWORD);
        browser.waitForUrlWithout("sign-in");
    }

    /** Types a user name and a password and signs in, whatever comes next (a refusal, a second factor...). */
    public void submit(String username, String password) {
        browser.waitFor(USERNAME).sendKeys(username);
        browser.waitFor(By.id("sign-in:password")).sendKeys(password);
        browser.waitFor(By.id("sign-in:submit")).click();
    }

    /** The message the page shows, after a refusal. */
    public String message() {
        return browser.text(By.id("messages"));
    }

    /** Opens a module and signs in to it with a demo account. */
    public static void signIn(Browser browser, String module, String username) {
        open(browser, module).signIn(username);
    }

    /** The page's heading, read as soon as the sign-in form is shown. */
    @Override
    public String heading() {
        return browser.text(By.tagName("h1"));
    }
}
