package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The portal's inbox: notifications and reminders, each read or unread for the account. */
public final class InboxPage extends Page {

    private static final By UNREAD_COUNT = By.id("inbox:unread-count");

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

    private static By row(String reference) {
        return By.xpath(rowPath(reference));
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
