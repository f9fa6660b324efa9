package un.vra.claims.it.pages;

import java.nio.file.Path;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The administrator's legacy import: a file is checked, its problems shown row by row, then confirmed. */
public final class ImportPage extends Page {

    private static final By FILE = By.cssSelector("[id='upload:file'] input[type=file]");
    private static final By CONFIRM = By.id("check:confirm");

    private ImportPage(Browser browser) {
        super(browser);
    }

    public static ImportPage fromMenu(Browser browser) {
        browser.click(By.id("nav-import"));
        return new ImportPage(browser);
    }

    /** Chooses a CSV file, which the page checks at once. */
    public void upload(Path csv) {
        browser.upload(FILE, csv);
    }

    /** The first problem found in the file, as its row shows it. */
    public String firstProblem() {
        return browser.text(By.cssSelector("[id='check:problems'] tbody tr"));
    }

    public boolean offersToImport() {
        return browser.isPresent(CONFIRM);
    }

    public void confirmTheImport() {
        browser.click(CONFIRM);
    }
}
