package un.vra.claims.it.pages;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** A claim's file, in the back office or the portal: its facts, panels, actions, PDF and documents. */
public final class ClaimFilePage extends Page {

    private static final By STATUS = By.id("status");

    private ClaimFilePage(Browser browser) {
        super(browser);
    }

    /** The file the browser shows now, once its status is shown (after following a link to it, say). */
    public static ClaimFilePage shown(Browser browser) {
        browser.waitFor(STATUS);
        return new ClaimFilePage(browser);
    }

    /** Opens a claim's file by its address in a module ({@link #BACK_OFFICE} or {@link #PORTAL}). */
    public static ClaimFilePage open(Browser browser, String module, String reference) {
        attemptToOpen(browser, module, reference);
        return shown(browser);
    }

    /** Goes to a claim's address without expecting to be shown the claim (another State's, say). */
    public static ClaimFilePage attemptToOpen(Browser browser, String module, String reference) {
        browser.open("/" + module + "/claim.xhtml?reference=" + reference);
        return new ClaimFilePage(browser);
    }

    public String status() {
        return browser.text(STATUS);
    }

    /** Waits until the status reads this, after an action. */
    public void waitForStatus(String status) {
        browser.waitForExactText(STATUS, status);
    }

    public String outcome() {
        return browser.text(By.id("outcome"));
    }

    /** The outcome the State reported, waiting for the VRA's confirmation. */
    public String reportedOutcome() {
        return browser.text(By.id("reported-outcome"));
    }

    /** The claim's Member State as the file names it: its name in the page's language and its code. */
    public String memberState() {
        return browser.text(By.id("member-state"));
    }

    public String claimant() {
        return browser.text(By.id("claimant"));
    }

    public String nextStep() {
        return browser.text(By.id("next-step"));
    }

    /** The seal number of the child's sample, on the DNA panel. */
    public String childSeal() {
        return browser.text(By.id("child-seal"));
    }

    /** The seal number of the alleged father's sample, on the DNA panel. */
    public String fatherSeal() {
        return browser.text(By.id("father-seal"));
    }

    /** The chain-of-custody entry of one action (RECORD_CUSTODY_TRANSFER...), as the DNA panel shows it. */
    public String custodyEntry(String action) {
        return browser.text(By.cssSelector(".custody-" + action));
    }

    /** The details of each step of the timeline, as its column shows them, in the timeline's order. */
    public List<String> timelineDetails() {
        return browser.texts(By.cssSelector("[id='timeline'] td.timeline-details"));
    }

    public String supportPaid() {
        return browser.text(By.id("support-paid"));
    }

    public void waitForSupportPaid(String amount) {
        browser.waitForExactText(By.id("support-paid"), amount);
    }

    public String supportDue() {
        return browser.text(By.id("support-due"));
    }

    public String supportArrears() {
        return browser.text(By.id("support-arrears"));
    }

    /** The amount of one action's entry (RECORD_PAYMENT...), as the support panel shows it. */
    public String moneyEntry(String action) {
        return browser.text(By.cssSelector(".money-" + action));
    }

    /** Opens the dialog of one of the claim's actions (NOTIFY_MEMBER_STATE...), to fill it and record it. */
    public ActionDialog action(String action) {
        browser.click(By.cssSelector(".action-" + action));
        return new ActionDialog(browser);
    }

    /** Downloads the claim's file as PDF and returns it, once the browser saved it under this name. */
    public Path downloadPdf(String fileName) {
        browser.click(By.id("actions:pdf"));
        return browser.downloaded(fileName);
    }

    /** Chooses a file and attaches it, with a description. */
    public void attachDocument(Path file, String description) {
        browser.attach(By.cssSelector("#add-document input[type=file]"), file);
        browser.type(By.id("add-document:description"), description);
        browser.click(By.id("add-document:add"));
    }

    /** Chooses a file and attaches it without a description. */
    public void attachDocument(Path file) {
        browser.attach(By.cssSelector("#add-document input[type=file]"), file);
        browser.click(By.id("add-document:add"));
    }

    /** Downloads the first document of the list. */
    public void downloadFirstDocument() {
        browser.click(By.cssSelector(".document-download"));
    }

    /** Corrects the birth of the claim's child at a position in the back office's form, with a date or none. */
    public void correctChildBirth(int position, int year, String date) {
        browser.select(
                By.id("correct-child-birth:child"),
                browser.texts(By.cssSelector("#correct-child-birth\\:child option[value='" + position + "']"))
                        .get(0));
        browser.type(By.id("correct-child-birth:year"), String.valueOf(year));
        browser.setValue(By.id("correct-child-birth:date"), date);
        browser.click(By.id("correct-child-birth:correct"));
    }

    /** Follows the link to the claim's contacts and consents (back office only). */
    public ContactsPage openContactLog() {
        browser.click(By.id("contacts-link"));
        return ContactsPage.shown(browser);
    }
}
