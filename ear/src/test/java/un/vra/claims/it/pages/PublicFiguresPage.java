package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The public page of published figures, read without signing in. */
public final class PublicFiguresPage extends Page {

    private static final By TABLE = By.id("figures");

    private PublicFiguresPage(Browser browser) {
        super(browser, By.id("publication"));
    }

    /** Opens a publication's table by State or mission ("MEMBER_STATE", "MISSION"). */
    public static PublicFiguresPage open(Browser browser, long publication, String by) {
        browser.open("/" + BACK_OFFICE + "/public/?publication=" + publication + "&by=" + by);
        return new PublicFiguresPage(browser);
    }

    public List<String> columnTitles() {
        return browser.columnTitles(TABLE);
    }

    /** The text of every cell, row by row, as the first page of the table shows it. */
    public List<List<String>> rows() {
        return browser.rows(TABLE);
    }

    public String rules() {
        return browser.text(By.id("rules"));
    }

    public String title() {
        return browser.text(By.id("publication-title"));
    }
}
