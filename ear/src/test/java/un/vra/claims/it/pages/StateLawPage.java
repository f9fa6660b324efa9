package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/**
 * A State's entry in the registry of national law: the back office's page (chooser, entry, the administrators' form
 * and the history) or the portal's read-only page. The entry's values are read by their element ids.
 */
public final class StateLawPage extends Page {

    private static final By ENTRY = By.id("law-dna");

    private StateLawPage(Browser browser) {
        super(browser, ENTRY);
    }

    /** Opens the back office's page from the menu and shows a State chosen by its label, "Nepal (NPL)". */
    public static StateLawPage chooseFromMenu(Browser browser, String state) {
        browser.click(By.id("nav-state-law"));
        browser.select(By.id("choose-state"), state);
        browser.click(By.id("choose-show"));
        return new StateLawPage(browser);
    }

    /** Opens a module's page by its address ("claims/state-law.xhtml?memberState=NPL", "portal/law.xhtml"). */
    public static StateLawPage open(Browser browser, String path) {
        browser.open("/" + path);
        return new StateLawPage(browser);
    }

    /** Opens the portal's page from its menu. */
    public static StateLawPage openFromPortalMenu(Browser browser) {
        browser.click(By.id("nav-law"));
        return new StateLawPage(browser);
    }

    /** One value of the entry as shown: "dna", "enforcement", "languages", "mission-address", "changed"... */
    public String value(String name) {
        return browser.text(By.id("law-" + name));
    }

    public boolean offersTheForm() {
        return !browser.findAll(By.id("law-form")).isEmpty();
    }

    /** Fills the administrators' form (enumerations and languages by their labels) and saves it. */
    public void save(String dna, String enforcement, List<String> languages, String procedure, String address) {
        browser.select(By.id("law-form:dna"), dna);
        browser.select(By.id("law-form:enforcement"), enforcement);
        for (var box : browser.findAll(By.cssSelector("#law-form input[type=checkbox]"))) {
            String label = browser.text(By.cssSelector("label[for='" + box.getAttribute("id") + "']"));
            browser.setChecked(box, languages.contains(label));
        }
        browser.typeOver(By.id("law-form:procedure"), procedure);
        browser.typeOver(By.id("law-form:address"), address);
        browser.click(By.id("law-form:save"));
    }

    /** The rows of the history table, latest first. */
    public List<List<String>> history() {
        return browser.rows(By.id("history:table"));
    }

    public List<String> historyTitles() {
        return browser.columnTitles(By.id("history:table"));
    }
}
