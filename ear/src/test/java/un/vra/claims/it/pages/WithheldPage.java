package un.vra.claims.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import un.vra.claims.it.Browser;

/** The back office's withheld reimbursements: the ledger per State, the amounts withheld and the two forms. */
public final class WithheldPage extends Page {

    private static final By LEDGER = By.id("ledger-form:list");
    private static final By AMOUNTS = By.id("amounts-form:list");

    private WithheldPage(Browser browser) {
        super(browser, By.id("withhold:add"));
    }

    /** Opens the page from the top bar's menu. */
    public static WithheldPage open(Browser browser) {
        browser.click(By.id("nav-withheld"));
        return new WithheldPage(browser);
    }

    /** Withholds an amount for a claim, from the claim's State. */
    public void withhold(String claim, String day, String amount, String currency, String reason) {
        browser.type(By.id("withhold:claim"), claim);
        browser.setValue(By.id("withhold:on"), day);
        browser.type(By.id("withhold:amount"), amount);
        browser.type(By.id("withhold:currency"), currency);
        browser.type(By.id("withhold:reason"), reason);
        browser.click(By.id("withhold:add"));
    }

    /** Releases or pays part of the amount withheld in the first row of the list, chosen with its button. */
    public void disposeOfFirst(String kind, String day, String amount, String reason) {
        browser.click(By.cssSelector("#amounts-form\\:list button.choose"));
        browser.waitUntilTrue("return document.getElementById('dispose:number').value !== ''");
        browser.select(By.id("dispose:kind"), kind);
        browser.setValue(By.id("dispose:on"), day);
        browser.type(By.id("dispose:amount"), amount);
        browser.type(By.id("dispose:reason"), reason);
        browser.click(By.id("dispose:submit"));
    }

    /** Shows one State's lines and amounts only, once the page that shows them has replaced this one. */
    public void showState(String code) {
        WebElement before = browser.waitFor(LEDGER);
        browser.select(By.id("filter:state"), code);
        browser.click(By.id("filter:search"));
        browser.waitUntilStale(before);
        browser.waitFor(LEDGER);
    }

    public List<String> ledgerColumnTitles() {
        return browser.columnTitles(LEDGER);
    }

    public List<List<String>> ledger() {
        return browser.rows(LEDGER);
    }

    public List<String> amountColumnTitles() {
        return browser.columnTitles(AMOUNTS);
    }

    public List<List<String>> amounts() {
        return browser.rows(AMOUNTS);
    }

    /** The notice that the book is the UN's alone. */
    public String unOnlyNotice() {
        return browser.text(By.id("un-only"));
    }
}
