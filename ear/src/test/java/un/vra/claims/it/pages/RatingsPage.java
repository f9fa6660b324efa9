package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import un.vra.claims.it.Browser;

/** The task force's ratings of every State: the counts per band, the sortable table, the thresholds. */
public final class RatingsPage extends Page {

    private static final By TABLE = By.id("ratings:table");

    private RatingsPage(Browser browser) {
        super(browser, TABLE);
    }

    /** The ratings page the browser shows now (after switching its language, say). */
    public static RatingsPage shown(Browser browser) {
        return new RatingsPage(browser);
    }

    public static RatingsPage fromMenu(Browser browser) {
        browser.click(By.id("nav-ratings"));
        return new RatingsPage(browser);
    }

    public List<String> columnTitles() {
        return browser.columnTitles(TABLE);
    }

    public List<List<String>> rows() {
        return browser.rows(TABLE);
    }

    /** The counts per band, as the page words them. */
    public List<String> distribution() {
        return browser.texts(By.cssSelector("#distribution .band-count"));
    }

    /** The labels of the thresholds' form. */
    public List<String> thresholdLabels() {
        return browser.texts(By.cssSelector("#thresholds label"));
    }

    /** Clicks a column's title to sort the table on it, and waits for the table to be drawn again. */
    public void sortBy(String columnTitle) {
        browser.click(By.xpath("//*[@id='ratings:table']//th[.//*[text()='" + columnTitle + "']]"));
        browser.waitFor(By.cssSelector("#ratings\\:table th.ui-state-active"));
    }

    /** A threshold's field as shown (acknowledgedResponsiveFrom, dnaResultResponsiveUpTo, ...). */
    public String threshold(String name) {
        return browser.value(thresholdField(name));
    }

    /** Types over a threshold's field. */
    public void typeThreshold(String name, String text) {
        browser.type(thresholdField(name), text);
    }

    /** Saves the thresholds (the whole page is sent and drawn again), and waits for the page's messages. */
    public RatingsPage saveThresholds() {
        WebElement before = browser.waitFor(By.id("thresholds:save"));
        browser.click(By.id("thresholds:save"));
        browser.waitUntilStale(before);
        browser.waitFor(By.cssSelector("#messages li"));
        return new RatingsPage(browser);
    }

    /** The page's messages, as listed in its message box. */
    public List<String> messages() {
        return browser.texts(By.cssSelector("#messages li"));
    }

    private static By thresholdField(String name) {
        return By.cssSelector("#thresholds input.threshold-" + name);
    }

    public boolean canSaveThresholds() {
        return browser.isPresent(By.id("thresholds:save"));
    }
}
