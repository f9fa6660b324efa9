package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The open dialog of one of the claim file's actions, filled field by field, by the fields' names. */
public final class ActionDialog {

    private static final By SUBMIT = By.id("action-form:submit");
    private static final By RELOAD = By.id("action-form:reload");

    private final Browser browser;

    ActionDialog(Browser browser) {
        this.browser = browser;
        browser.waitFor(SUBMIT);
    }

    private static By field(String name) {
        return By.cssSelector("#action-form .field-" + name);
    }

    public ActionDialog type(String name, String value) {
        browser.type(field(name), value);
        return this;
    }

    /** Chooses an option of a list by its label, as shown. */
    public ActionDialog choose(String name, String label) {
        browser.select(field(name), label);
        return this;
    }

    /** Sets a date (yyyy-mm-dd) as the date picker would. */
    public ActionDialog date(String name, String isoDate) {
        browser.setValue(field(name), isoDate);
        return this;
    }

    /** The options of a list, by their labels, in order (an empty one as ""). */
    public List<String> options(String name) {
        return browser.options(field(name));
    }

    /** The label of the option a list shows chosen. */
    public String chosen(String name) {
        return browser.chosen(field(name));
    }

    /** What a field holds now. */
    public String value(String name) {
        return browser.value(field(name));
    }

    /** Records the action as filled, and waits for the claim file to say so. */
    public void record() {
        submit();
        browser.waitForText("Recorded.");
    }

    /** Records the action as filled, whatever the answer (a refusal, a conflict...). */
    public void submit() {
        browser.click(SUBMIT);
    }

    /** After a conflict, reloads the claim as someone else changed it, keeping what was typed. */
    public void reloadTheClaim() {
        browser.click(RELOAD);
        browser.waitUntilGone(RELOAD);
    }

    /** Adds a hidden field to the dialog's form, as a hostile person editing the page would. */
    public void slipInHiddenField(String name, String value) {
        browser.script(
                "var input = document.createElement('input'); input.type = 'hidden';"
                        + " input.name = arguments[0]; input.value = arguments[1];"
                        + " document.getElementById('action-form').appendChild(input);",
                name,
                value);
    }
}
