package un.vra.claims.it.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import un.vra.claims.it.Browser;

/** The claims dashboard: figures, age bands, charts and the tables by State, mission, category and year. */
public final class DashboardPage extends Page {

    private DashboardPage(Browser browser) {
        super(browser, By.id("figure-total"));
    }

    /** The dashboard the browser shows now (where the task force lands, say). */
    public static DashboardPage shown(Browser browser) {
        return new DashboardPage(browser);
    }

    /** Opens the dashboard for a day given in its address (yyyy-mm-dd). */
    public static DashboardPage openAsOf(Browser browser, String day) {
        browser.open("/claims/dashboard.xhtml?asOf=" + day);
        return new DashboardPage(browser);
    }

    public static DashboardPage fromMenu(Browser browser) {
        browser.click(By.id("nav-dashboard"));
        return new DashboardPage(browser);
    }

    /** Chooses a day (yyyy-mm-dd) in the picker and shows the figures as the register stood then. */
    public DashboardPage showDay(String day) {
        browser.typeOver(By.id("as-of-form:as-of_input"), day + Keys.ESCAPE);
        browser.click(By.id("as-of-form:show"));
        browser.waitForUrl("asOf=" + day, "the chosen day in the page's address");
        return new DashboardPage(browser);
    }

    /**
     * Chooses a claim type and a host country by their labels in the filter and shows the figures of those claims
     * only; the choice goes into the page's address.
     */
    public DashboardPage showOnly(String claimTypeLabel, String hostCountryLabel, String hostCountryCode) {
        browser.select(By.id("as-of-form:claim-type"), claimTypeLabel);
        browser.select(By.id("as-of-form:host-country"), hostCountryLabel);
        browser.click(By.id("as-of-form:show"));
        browser.waitForUrl("hostCountry=" + hostCountryCode, "the chosen host country in the page's address");
        return new DashboardPage(browser);
    }

    /** The label shown for a field of the filter form (as-of, claim-type, host-country). */
    public String label(String field) {
        return browser.text(By.cssSelector("label[for='as-of-form:" + field + "']"));
    }

    /** One headline figure as shown: total, established, excluded, resolution-rate, pending-with-states... */
    public String figure(String name) {
        return browser.text(By.cssSelector("#figure-" + name + " .value"));
    }

    /** The claims pending in one age band (under1y, 1to3y, 3to5y, 5to10y, over10y). */
    public String band(String band) {
        return browser.text(By.cssSelector("#band-" + band + " .value"));
    }

    /** The rows of one table (by-member-state, by-mission, by-category, by-year, by-host-country), each as its cells' text. */
    public List<List<String>> rows(String table) {
        return browser.rows(table(table));
    }

    public List<String> columnTitles(String table) {
        return browser.columnTitles(table(table));
    }

    private static By table(String table) {
        return By.id("tables:" + table);
    }

    /** Waits until both charts are drawn, data included. */
    public void waitForTheCharts() {
        for (String chart : List.of("age-chart", "trend-chart")) {
            browser.waitForChart(chart);
        }
    }

    /** Downloads one table as CSV and returns the file, once saved under this name. */
    public Path downloadCsv(String table, String fileName) {
        browser.click(By.cssSelector(".export-" + table + "-csv"));
        return browser.downloaded(fileName);
    }
}
