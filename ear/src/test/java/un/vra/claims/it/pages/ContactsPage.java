package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** A claim's contacts and consents in the back office: the current consents, the two logs and their forms. */
public final class ContactsPage extends Page {

    private static final By CONTACTS = By.id("contacts:list");
    private static final By ADD_CONTACT = By.id("add-contact:add");

    private ContactsPage(Browser browser) {
        super(browser);
    }

    static ContactsPage shown(Browser browser) {
        browser.waitFor(ADD_CONTACT);
        return new ContactsPage(browser);
    }

    /** Goes to a claim's contacts page without expecting to be shown it (a claim one may not see, say). */
    public static ContactsPage attemptToOpen(Browser browser, String reference) {
        browser.open("/claims/contacts.xhtml?reference=" + reference);
        return new ContactsPage(browser);
    }

    /** Records a consent: its kind and decision as labelled, and its day (yyyy-mm-dd). */
    public void recordConsent(String kind, String decision, String day) {
        browser.select(By.id("add-consent:kind"), kind);
        browser.select(By.id("add-consent:decision"), decision);
        browser.setValue(By.id("add-consent:on"), day);
        browser.click(By.id("add-consent:add"));
    }

    /** Records a contact: its day (yyyy-mm-dd), channel and outcome as labelled, and a note. */
    public void recordContact(String day, String channel, String outcome, String note) {
        browser.setValue(By.id("add-contact:on"), day);
        browser.select(By.id("add-contact:channel"), channel);
        browser.select(By.id("add-contact:outcome"), outcome);
        browser.type(By.id("add-contact:note"), note);
        browser.click(ADD_CONTACT);
    }

    /** The current state of one kind of consent (BE_CONTACTED...), as the page words it. */
    public String consent(String kind) {
        return browser.text(consentOf(kind));
    }

    public void waitForConsent(String kind, String wording) {
        browser.waitForExactText(consentOf(kind), wording);
    }

    private static By consentOf(String kind) {
        return By.cssSelector(".consent-" + kind);
    }

    /** The notice that the log is the UN's alone. */
    public String unOnlyNotice() {
        return browser.text(By.id("un-only"));
    }

    /** The note in the contact form, as typed. */
    public String noteTyped() {
        return browser.value(By.id("add-contact:note"));
    }

    public List<String> contactColumnTitles() {
        return browser.columnTitles(CONTACTS);
    }

    /** The contacts, newest first, each as the text of its cells. */
    public List<List<String>> contacts() {
        return browser.rows(CONTACTS);
    }

    public List<String> consentColumnTitles() {
        return browser.columnTitles(By.id("consents:list"));
    }

    public boolean offersToRecordAContact() {
        return browser.isPresent(ADD_CONTACT);
    }

    public boolean showsCurrentConsents() {
        return browser.isPresent(By.id("current-consents"));
    }
}
