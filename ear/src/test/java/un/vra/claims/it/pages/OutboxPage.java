package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The administrator's mail outbox: the mails sent and waiting, by status and kind. */
public final class OutboxPage extends Page {

    private OutboxPage(Browser browser) {
        super(browser, By.id("outbox:table"));
    }

    public static OutboxPage fromMenu(Browser browser) {
        browser.click(By.id("nav-outbox"));
        return new OutboxPage(browser);
    }

    /** Shows only the mails of one status (its label). */
    public void showStatus(String status) {
        browser.select(By.id("outbox:status"), status);
    }

    /** The subject of the first mail listed. */
    public String firstSubject() {
        return browser.text(By.cssSelector("#outbox\\:table .mail-subject"));
    }
}
