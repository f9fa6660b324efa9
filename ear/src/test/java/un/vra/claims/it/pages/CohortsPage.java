package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The task force's cohorts: the shares resolved within 1, 2, 5 and 10 years by year received. */
public final class CohortsPage extends Page {

    private static final By TABLE = By.id("cohorts:table");

    private CohortsPage(Browser browser) {
        super(browser, TABLE);
    }

    public static CohortsPage fromMenu(Browser browser) {
        browser.click(By.id("nav-cohorts"));
        return new CohortsPage(browser);
    }

    /** Opens the page with its choices in the address, as a bookmark would. */
    public static CohortsPage open(Browser browser, String query) {
        browser.open("/claims/cohorts.xhtml?" + query);
        return new CohortsPage(browser);
    }

    public List<String> columnTitles() {
        return browser.columnTitles(TABLE);
    }

    public List<List<String>> rows() {
        return browser.rows(TABLE);
    }

    /** The title above the Kaplan-Meier curves, once they are drawn. */
    public String curveHeading() {
        browser.waitForChart("curve-chart");
        return browser.text(By.cssSelector("#curve h2"));
    }

    /** The curves' values axis: its highest value, its ticks' labels, then a tooltip's value. */
    public List<String> curveValuesAxis() {
        browser.waitForChart("curve-chart");
        return browser.chartValuesAxis("curve-chart");
    }

    public boolean curveRunsRightToLeft() {
        return browser.chartRunsRightToLeft("curve-chart");
    }

    /** The labels of the choices above the table. */
    public List<String> choiceLabels() {
        return browser.texts(By.cssSelector("#choice label"));
    }
}
