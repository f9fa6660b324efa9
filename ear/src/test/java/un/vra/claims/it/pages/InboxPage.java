package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import un.vra.claims.it.Browser;

/** The portal's inbox: notifications and reminders, each read or unread for the account. */
public final class InboxPage extends Page {

    private static final By UNREAD_COUNT = By.id("inbox:unread-count");

    /** The most pages turned looking for a message. */
    private static final int PAGES = 20;

    private InboxPage(Browser browser) {
        super(browser, By.id("inbox:items"));
    }

    public static InboxPage open(Browser browser) {
        browser.open("/portal/inbox.xhtml");
        return new InboxPage(browser);
    }

    public static InboxPage fromMenu(Browser browser) {
        browser.click(By.id("nav-inbox"));
        return new InboxPage(browser);
    }

    /**
     * The row of the message about a claim, turning the inbox's pages until it shows: other tests' claims of the
     * same State may fill the first pages.
     */
    private By row(String reference) {
        By row = By.xpath(rowPath(reference));
        By next = By.cssSelector("[id='inbox:items'] .ui-paginator-next:not(.ui-state-disabled)");
        for (int turned = 0; turned < PAGES && browser.findAll(row).isEmpty(); turned++) {
            List<WebElement> button = browser.findAll(next);
            if (button.isEmpty()) {
                break;
            }
            WebElement first = browser.findAll(By.cssSelector("[id='inbox:items'] tbody tr"))
                    .get(0);
            button.get(0).click();
            browser.waitUntilStale(first);
        }
        return row;
    }

    private static String rowPath(String reference) {
        return "//*[@id='inbox:items']//tr[.//a[text()='" + reference + "']]";
    }

    /** The text of the message about a claim. */
    public String message(String reference) {
        return browser.text(row(reference));
    }

    public boolean isUnread(String reference) {
        return browser.attribute(row(reference), "class").contains("unread");
    }

    public boolean isRead(String reference) {
        return browser.attribute(row(reference), "class").contains(" read");
    }

    /** Marks the message about a claim read, and waits for the count of unread messages to drop. */
    public void markRead(String reference) {
        long unread = unreadCount();
        row(reference);
        browser.click(By.xpath(rowPath(reference) + "//button"));
        browser.waitForText("Unread messages: " + (unread - 1));
    }

    /** "Unread messages: 3", in the reader's language. */
    public String unreadCountText() {
        return browser.text(UNREAD_COUNT);
    }

    public long unreadCount() {
        return Long.parseLong(unreadCountText().replaceAll("\\D", ""));
    }

    /** Ticks "unread only" and waits until the message about a claim read before is gone. */
    public void showUnreadOnlyHiding(String readReference) {
        browser.click(By.cssSelector("[id='inbox:unread-only'] .ui-chkbox-box"));
        browser.waitUntilGone(By.linkText(readReference));
    }
}
