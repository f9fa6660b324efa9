package un.vra.claims.it.pages;

import org.openqa.selenium.By;
import un.vra.claims.it.Browser;

/** One's own personal API tokens. */
public final class TokensPage extends Page {

    private TokensPage(Browser browser) {
        super(browser, By.id("tokens:name"));
    }

    /** Follows "API tokens" in the top bar. */
    public static TokensPage fromTopBar(Browser browser) {
        browser.click(By.id("account:nav-tokens"));
        return new TokensPage(browser);
    }

    /** Creates a token with this name and returns it, as the page shows it once. */
    public String create(String name) {
        browser.type(By.id("tokens:name"), name);
        browser.click(By.id("tokens:create"));
        return browser.text(By.id("new-token"));
    }

    /** The names of the tokens listed. */
    public String tokenNames() {
        return browser.text(By.cssSelector("[id='token-list:list'] .token-name"));
    }
}
