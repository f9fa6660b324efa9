package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** The back office's page to register a claim, labels chosen as shown, and its duplicate warning. */
public final class RegisterClaimPage extends Page {

    private RegisterClaimPage(Browser browser) {
        super(browser, By.id("register:mission"));
    }

    public static RegisterClaimPage open(Browser browser) {
        browser.open("/claims/register.xhtml");
        return new RegisterClaimPage(browser);
    }

    /** Follows "New claim" in the menu. */
    public static RegisterClaimPage fromMenu(Browser browser) {
        browser.click(By.id("nav-new-claim"));
        return new RegisterClaimPage(browser);
    }

    public RegisterClaimPage mission(String mission) {
        browser.select(By.id("register:mission"), mission);
        return this;
    }

    public RegisterClaimPage allegation(String reference) {
        browser.type(By.id("register:allegation"), reference);
        return this;
    }

    public RegisterClaimPage personnelCategory(String label) {
        browser.select(By.id("register:category"), label);
        return this;
    }

    public RegisterClaimPage memberState(String code) {
        browser.select(By.id("register:member-state"), code);
        return this;
    }

    public RegisterClaimPage claimant(String name, String contact) {
        browser.type(By.id("register:claimant-name"), name);
        browser.type(By.id("register:claimant-contact"), contact);
        return this;
    }

    /** The first child's year of birth and sex (its label). */
    public RegisterClaimPage child(String birthYear, String sex) {
        browser.type(By.cssSelector("[id$='child-year']"), birthYear);
        browser.select(By.cssSelector("select[id$='child-sex']"), sex);
        return this;
    }

    /** Registers the claim as filled; the page answers with the claim's file, a warning or a refusal. */
    public void submit() {
        browser.click(By.id("register:submit"));
    }

    /** After a duplicate warning, registers the claim all the same. */
    public void registerAnyway() {
        browser.click(By.id("register:register-anyway"));
    }

    /** The first reference the duplicate warning shows. */
    public String probableDuplicate() {
        return browser.text(By.cssSelector(".duplicate"));
    }
}
