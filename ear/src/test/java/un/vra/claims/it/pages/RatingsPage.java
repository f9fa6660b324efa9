package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The task force's ratings of every State: the counts per band, the sortable table, the thresholds. */
public final class RatingsPage extends Page {

    private static final By TABLE = By.id("ratings:table");

    private RatingsPage(Browser browser) {
        super(browser, TABLE);
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

    public boolean canSaveThresholds() {
        return browser.isPresent(By.id("thresholds:save"));
    }
}
