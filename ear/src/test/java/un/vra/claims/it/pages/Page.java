package un.vra.claims.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** What every page of both modules offers: its heading, its text, the top bar and a picture of it. */
public abstract class Page {

    /** The back office's path. */
    public static final String BACK_OFFICE = "claims";

    /** The Member State portal's path. */
    public static final String PORTAL = "portal";

    protected final Browser browser;

    protected Page(Browser browser) {
        this.browser = browser;
    }

    /** A page known to be shown once this element is. */
    protected Page(Browser browser, By shownWhen) {
        this(browser);
        browser.waitFor(shownWhen);
    }

    /** The page's main heading. */
    public String heading() {
        return browser.title();
    }

    /** All the text the page shows now. */
    public String text() {
        return browser.pageText();
    }

    public boolean shows(String text) {
        return browser.pageText().contains(text);
    }

    /** Waits until the page shows this text, such as a message after an action. */
    public void waitForText(String text) {
        browser.waitForText(text);
    }

    /** The page's markup as the browser holds it, scripts and attributes included. */
    public String source() {
        return browser.pageSource();
    }

    public String address() {
        return browser.currentUrl();
    }

    /** The user name in the top bar. */
    public String signedInUser() {
        return browser.text(By.id("signed-in-user"));
    }

    /** Whether the top bar's menu offers this entry ("nav-register" and so on). */
    public boolean offersMenuEntry(String entry) {
        return browser.isPresent(By.id(entry));
    }

    public SignInPage signOut() {
        browser.click(By.id("account:sign-out"));
        return new SignInPage(browser);
    }

    /** Saves the whole page under {@code target/screenshots/<name>.png}. */
    public Path screenshot(String name) {
        return browser.screenshot(name);
    }

    /** Chooses a language with the switcher of the top bar and waits for the page in it. */
    public void switchLanguage(String language) {
        browser.click(By.id("lang-" + language));
        browser.waitFor(By.cssSelector("html[lang='" + language + "']"));
    }

    /** The page's language, as its {@code <html lang>} says. */
    public String language() {
        return browser.attribute(By.tagName("html"), "lang");
    }

    /** The page's writing direction, as its {@code <html dir>} says: {@code ltr} or {@code rtl}. */
    public String direction() {
        return browser.attribute(By.tagName("html"), "dir");
    }
}
