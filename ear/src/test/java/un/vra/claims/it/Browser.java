package un.vra.claims.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through the system chromedriver (Selenium Manager would try to download
 * a browser). One browser is one person with their own cookies. The browser tests read and act on pages through
 * the page objects of {@code un.vra.claims.it.pages}: the locators below are theirs to use.
 */
public final class Browser implements AutoCloseable {

    /** The password of every demo account. */
    public static final String DEMO_PASSWORD = ApiClient.DEMO_PASSWORD;

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser() {
        this("en");
    }

    /** A browser whose person reads the given language first (its Accept-Language). */
    public Browser(String language) {
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--lang=" + language);
        try {
            downloads = Files.createTempDirectory("browser-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "intl.accept_languages",
                        language,
                        "download.default_directory",
                        downloads.toString(),
                        "download.prompt_for_download",
                        false));
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Makes the window this many pixels wide, as a person's screen is, before a screenshot. */
    public void width(int pixels) {
        driver.manage()
                .window()
                .setSize(
                        new Dimension(pixels, driver.manage().window().getSize().getHeight()));
    }

    /** Whether the page fits the window's width, with nothing cut off to the right (no horizontal scrolling). */
    public boolean fitsWidth() {
        return holds("return document.documentElement.scrollWidth <= window.innerWidth;");
    }

    /**
     * Whether the page's content lies whole inside the window's width, as Chromium lays it out: nothing beyond its
     * right edge, nor, in a right-to-left page (whose scrolling the style sheet turns off), beyond its left edge.
     */
    public boolean isWhole() {
        Map<String, Number> page = contentSize();
        Number x = page.get("x");
        Number width = page.get("width");
        Number window = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        return x.doubleValue() >= 0 && width.doubleValue() <= window.doubleValue();
    }

    /** The elements that stand, even partly, outside the window's width: what makes a page not whole. */
    public List<String> outsideTheWindow() {
        return strings("var width = document.documentElement.clientWidth, found = [];"
                + " document.querySelectorAll('body *').forEach(function (e) {"
                + " var r = e.getBoundingClientRect();"
                + " if (r.width > 0 && r.height > 0 && (r.left < -1 || r.right > width + 1)) {"
                + " found.push(e.tagName + '#' + e.id + '.' + e.className + ' [' + Math.round(r.left) + ', '"
                + " + Math.round(r.right) + ']'); } });"
                + " return found.slice(0, 12);");
    }

    /**
     * The tables wider than the box they are shown in, which the reader must scroll sideways to read whole: each
     * as its nearest id and its width beside its box's.
     */
    public List<String> tablesWiderThanTheirBoxes() {
        return strings("var found = []; document.querySelectorAll('table').forEach(function (t) {"
                + " var box = t.parentElement; if (t.offsetWidth > 0 && box.scrollWidth > box.clientWidth + 1) {"
                + " found.push((t.closest('[id]') || t).id + ' ' + box.scrollWidth + ' > ' + box.clientWidth); } });"
                + " return found;");
    }

    /**
     * Ticks or clears a checkbox with the mouse until it shows that state. Debian's Chromium 150 (December 2026) let a
     * click on a checkbox go unheeded when it came right after a click on the one beside it (StateLawBrowserIT, with
     * the code that had passed CI the day before as well): a click that changed nothing within a second is made
     * again, at most three times in all.
     */
    public void setChecked(WebElement box, boolean checked) {
        for (int attempt = 0; attempt < 3 && box.isSelected() != checked; attempt++) {
            box.click();
            long giveUp = System.nanoTime() + Duration.ofSeconds(1).toNanos();
            while (box.isSelected() != checked && System.nanoTime() < giveUp) {
                java.util.concurrent.locks.LockSupport.parkNanos(
                        Duration.ofMillis(50).toNanos());
            }
        }
        if (box.isSelected() != checked) {
            throw new IllegalStateException("the checkbox " + box.getAttribute("id") + " did not change");
        }
    }

    /** What a script, run in the page, returns as a list, each item as a string. */
    private List<String> strings(String script, Object... arguments) {
        List<?> found = (List<?>) ((JavascriptExecutor) driver).executeScript(script, arguments);
        return found.stream().map(String::valueOf).toList();
    }

    /** Whether every cell of the tables matching {@code css} shows all it holds, nothing cut off at its edge. */
    public boolean cellsShowEverything(String css) {
        return holds(
                "return Array.from(document.querySelectorAll(arguments[0] + ' td, ' + arguments[0] + ' th'))"
                        + ".every(cell => cell.scrollWidth <= cell.clientWidth + 1);",
                css);
    }

    /** Whether a script, run in the page, returns true. */
    private boolean holds(String script, Object... arguments) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(script, arguments));
    }

    public void open(String path) {
        driver.get(Deployments.BASE + path);
    }

    /** Signs in to a module ("claims" or "portal") with a demo account, and waits to leave the sign-in page. */
    public void signIn(String module, String username) {
        open("/" + module + "/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in:username")));
        driver.findElement(By.id("sign-in:username")).sendKeys(username);
        driver.findElement(By.id("sign-in:password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("sign-in:submit")).click();
        waitForUrlWithout("sign-in");
    }

    /** Waits until the address no longer contains a part, as after leaving a page. */
    public void waitForUrlWithout(String part) {
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(part)));
    }

    public WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks an element, finding it again when an ajax update replaced it between finding and clicking. */
    public void click(By locator) {
        for (int attempt = 1; ; attempt++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
                return;
            } catch (StaleElementReferenceException replaced) {
                if (attempt == 3) {
                    throw replaced;
                }
            }
        }
    }

    /** Chooses a file in a file input, shown or hidden behind a styled button, as picking it in the dialog would. */
    public void attach(By locator, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(locator))
                .sendKeys(file.toAbsolutePath().toString());
    }

    /**
     * Waits until an element is no longer on the page, replaced by an ajax update or a new page. While a new page
     * replaces the document, Chromium may answer a question about the old element with "Node with given id does
     * not belong to the document" (an "unknown error", not a stale reference; seen once in CI): that is stale too.
     */
    public void waitUntilStale(WebElement element) {
        wait.until(driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            } catch (WebDriverException e) {
                if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
    }

    public void waitUntilGone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    public void script(String javaScript, Object... arguments) {
        ((JavascriptExecutor) driver).executeScript(javaScript, arguments);
    }

    /** Sets a field's value directly, as a date picker would; typing into a date input depends on the locale. */
    public void setValue(By locator, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", waitFor(locator), value);
    }

    /** Chooses a file in a file input, which may be hidden behind a styled button. */
    public void upload(By fileInput, Path file) {
        wait.until(ExpectedConditions.presenceOfElementLocated(fileInput))
                .sendKeys(file.toAbsolutePath().toString());
    }

    public void type(By locator, String text) {
        WebElement field = waitFor(locator);
        field.clear();
        field.sendKeys(text);
    }

    /**
     * Types over all the text of a field, as a person selecting it first does: a PrimeFaces date picker puts its
     * date back when cleared.
     */
    public void typeOver(By locator, String text) {
        waitFor(locator).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * Picks an option of a PrimeFaces select menu through the widget's own API, as a click would, without
     * racing the menu's opening animation.
     */
    public void choose(String menuId, String value) {
        waitFor(By.id(menuId));
        ((JavascriptExecutor) driver)
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        wait.until(ExpectedConditions.textToBe(By.id(menuId + "_label"), value));
    }

    /** Picks an option of a plain select by its visible text. */
    public void select(By locator, String text) {
        new Select(waitFor(locator)).selectByVisibleText(text);
    }

    /** The visible text of each option of a plain select, in order, an empty one included. */
    public List<String> options(By locator) {
        return new Select(waitFor(locator))
                .getOptions().stream().map(WebElement::getText).toList();
    }

    /** The visible text of the option a plain select shows chosen. */
    public String chosen(By locator) {
        return new Select(waitFor(locator)).getFirstSelectedOption().getText();
    }

    /** Waits for the page to show a text; a page replaced while it is read (after a redirect) is read again. */
    public void waitForText(String text) {
        wait.until(page -> {
            try {
                return page.findElement(By.tagName("body")).getText().contains(text);
            } catch (WebDriverException e) {
                return false;
            }
        });
    }

    /**
     * Waits until an element's whole text is this one, finding the element afresh each time: an ajax update or the
     * redirect after an action replaces it, and a part of the text ("Claims: 1") may stand in a longer one.
     */
    public void waitForExactText(By locator, String text) {
        try {
            wait.until(page -> {
                try {
                    return page.findElement(locator).getText().equals(text);
                } catch (WebDriverException replacedOrNotYetThere) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("expected \"" + text + "\" in " + locator + ", the page shows " + pageText(), e);
        }
    }

    /** The file the browser saved under this name, once its download is complete. */
    public Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        wait.until(driver -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    /** Every element the locator finds now, without waiting: an empty list says it is not on the page. */
    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    public String text(By locator) {
        return waitFor(locator).getText();
    }

    /** The element's markup, scripts and attributes included. */
    public String html(By locator) {
        return waitFor(locator).getAttribute("outerHTML");
    }

    /** The text of each cell of each row of a table's body, row by row. */
    public List<List<String>> rows(By table) {
        return waitFor(table).findElements(By.cssSelector("tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    /** The text of each column title of a table, in order. */
    public List<String> columnTitles(By table) {
        return waitFor(table).findElements(By.cssSelector("thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * The text of each element the selector finds and the page shows, in the page's order, as a person reads it: a
     * label without the asterisk PrimeFaces adds after a required field's nor the soft hyphens a long word may carry, an
     * element out of sight (in a closed dialog, a hidden panel) left out.
     */
    public List<String> shownTexts(String css) {
        List<?> found = (List<?>) ((JavascriptExecutor) driver)
                .executeScript(
                        SHOWN + "return Array.from(document.querySelectorAll(arguments[0])).filter(shown).map(e => {"
                                + " var text = e.innerText, mark = e.querySelector('.ui-outputlabel-rfi');"
                                + " if (mark && mark.innerText) { text = text.slice(0, text.lastIndexOf(mark.innerText)); }"
                                + " return text.replace(/\\u00AD/g, '').replace(/\\s+/g, ' ').trim(); });",
                        css);
        return found.stream().map(String::valueOf).toList();
    }

    /**
     * The labels and column titles the page shows without a text, and without an {@code aria-label} naming them
     * instead (a selection or action column's), described by tag, id and class: a field or a column nobody can name.
     */
    public List<String> untitledLabelsAndColumns() {
        List<?> found = (List<?>) ((JavascriptExecutor) driver)
                .executeScript(SHOWN
                        + "return Array.from(document.querySelectorAll('label, th')).filter(shown)"
                        + ".filter(e => !e.innerText.trim() && !e.getAttribute('aria-label'))"
                        + ".map(e => e.tagName.toLowerCase() + '#' + e.id + '.' + e.className);");
        return found.stream().map(String::valueOf).toList();
    }

    /** A script's function telling whether the page shows an element: laid out, and not made invisible. */
    private static final String SHOWN = "function shown(e) { return e.getClientRects().length > 0"
            + " && getComputedStyle(e).visibility !== 'hidden'; } ";

    /**
     * Saves the whole page, scrolled parts included, as {@code target/screenshots/<name>.png}, so that a change
     * to a page can be looked at, and returns the file. The window is made as tall as the page for the capture, and
     * then given back its size: asked to capture beyond the window instead, Chromium drew a right-to-left page
     * shifted to the right by some 450 to 560 px and cut it off (the Arabic dashboard), with no element outside it.
     */
    public Path screenshot(String name) {
        ChromeDriver chrome = (ChromeDriver) driver;
        try {
            Path folder = Files.createDirectories(Path.of("target", "screenshots"));
            Path file = folder.resolve(name + ".png");
            Number width = (Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    Map.of(
                            "width",
                            width.intValue(),
                            "height",
                            (int) Math.ceil(contentSize().get("height").doubleValue()),
                            "deviceScaleFactor",
                            1,
                            "mobile",
                            false));
            // The content's box as Chromium lays it out at that height: in a right-to-left page, whatever overflows
            // does so to the left, where x is negative.
            Map<String, Number> page = contentSize();
            Map<String, Object> shot = chrome.executeCdpCommand(
                    "Page.captureScreenshot",
                    Map.of(
                            "clip",
                            Map.of(
                                    "x", page.get("x"),
                                    "y", page.get("y"),
                                    "scale", 1,
                                    "width", page.get("width"),
                                    "height", page.get("height"))));
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** The page's content box as Chromium lays it out: x, y, width and height. */
    @SuppressWarnings("unchecked")
    private Map<String, Number> contentSize() {
        return (Map<String, Number>) ((ChromeDriver) driver)
                .executeCdpCommand("Page.getLayoutMetrics", Map.of())
                .get("cssContentSize");
    }

    /** Presses keys on whatever has the focus, as a person at the keyboard does (no click, no script). */
    public void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses SHIFT+TAB, holding SHIFT down while TAB is pressed, to move the focus backwards. */
    public void pressBackTab() {
        new Actions(driver)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    /**
     * Moves the focus with TAB (or SHIFT+TAB when {@code backwards}) until the element the locator finds has it, as a
     * person without a mouse does; fails after {@code limit} presses, naming where the focus went instead.
     */
    public void tabTo(By locator, int limit, boolean backwards) {
        WebElement target = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        for (int pressed = 0; !target.equals(driver.switchTo().activeElement()); pressed++) {
            if (pressed == limit) {
                throw new AssertionError(
                        limit + " presses of TAB did not reach " + locator + "; the focus is on " + focusedElement());
            }
            if (backwards) {
                pressBackTab();
            } else {
                press(Keys.TAB);
            }
        }
    }

    /** Moves the focus forwards with TAB until the element has it (at most 150 presses). */
    public void tabTo(By locator) {
        tabTo(locator, 150, false);
    }

    /** Whether the element the locator finds has the focus now. */
    public boolean hasFocus(By locator) {
        List<WebElement> found = driver.findElements(locator);
        return !found.isEmpty() && found.get(0).equals(driver.switchTo().activeElement());
    }

    /** Waits until the element the locator finds has the focus, as after a dialog closes or a page loads. */
    public void waitForFocus(By locator) {
        try {
            wait.until(page -> {
                try {
                    return hasFocus(locator);
                } catch (StaleElementReferenceException replaced) {
                    return false;
                }
            });
        } catch (TimeoutException e) {
            throw new AssertionError("the focus should be on " + locator + ", it is on " + focusedElement(), e);
        }
    }

    /** Whether the focus is on the element the locator finds or inside it. */
    public boolean focusIsWithin(By locator) {
        return holds(
                "return arguments[0].contains(document.activeElement);",
                wait.until(ExpectedConditions.presenceOfElementLocated(locator)));
    }

    /** The start of the markup of the element that has the focus, to say where it went. */
    public String focusedElement() {
        String html = driver.switchTo().activeElement().getAttribute("outerHTML");
        return html.length() > 160 ? html.substring(0, 160) + "..." : html;
    }

    /** Whether the element that has the focus shows it: an outline or a ring (box shadow) drawn around it. */
    public boolean focusIsVisible() {
        return holds("var s = getComputedStyle(document.activeElement);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';");
    }

    /**
     * On which side of the character before it the last character of an element's text is drawn, "right" or "left":
     * an English sentence's full stop stands on its right, on an Arabic page too; an Arabic sentence's on its left.
     */
    public String sideOfLastCharacter(By locator) {
        return (String) ((JavascriptExecutor) driver)
                .executeScript(
                        "var walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT), node, last;"
                                + " while ((node = walker.nextNode())) { if (node.data.trim()) { last = node; } }"
                                + " var end = last.data.replace(/\\s+$/, '').length;"
                                + " function box(from) { var range = document.createRange();"
                                + " range.setStart(last, from); range.setEnd(last, from + 1);"
                                + " return range.getBoundingClientRect(); }"
                                + " var final = box(end - 1), before = box(end - 2);"
                                + " return final.left + final.width / 2 > before.left + before.width / 2 ? 'right' : 'left';",
                        waitFor(locator));
    }

    /** Waits until the PrimeFaces chart of this id is drawn, its data included. */
    public void waitForChart(String id) {
        waitFor(By.cssSelector("#" + id + " canvas"));
        waitUntilTrue("var w = PrimeFaces.getWidgetById('" + id + "');"
                + " return !!(w && w.chart && w.chart.data.datasets.length > 0);");
    }

    /** Whether the chart of this id runs right to left: its first label on the right, its values' axis too. */
    public boolean chartRunsRightToLeft(String id) {
        return holds(
                "var o = PrimeFaces.getWidgetById(arguments[0]).chart.options;"
                        + " return o.scales.x.reverse === true && o.scales.y.position === 'right';",
                id);
    }

    /**
     * The values' axis of a drawn chart as Chart.js laid it out: its highest value, then its ticks' labels; and the
     * label its tooltip writes for the first value of the first line.
     */
    public List<String> chartValuesAxis(String id) {
        return strings(
                "var c = PrimeFaces.getWidgetById(arguments[0]).chart, y = c.scales.y;"
                        + " return [String(y.max)].concat(y.ticks.map(t => t.label),"
                        + " [y.getLabelForValue(c.data.datasets[0].data.find(v => v !== null))]);",
                id);
    }

    /**
     * What stands out of place in the page's message boxes: their close button, icon or text outside the box, the
     * close button not at the end of the row the text starts (the right in a left-to-right page, the left in
     * Arabic), or the icon not level with the text. Empty when each box holds its parts in one row.
     */
    public List<String> messageBoxFaults() {
        return strings("var faults = [], rtl = document.documentElement.dir === 'rtl';"
                + " document.querySelectorAll('#messages > div').forEach(function (box) {"
                + "  var b = box.getBoundingClientRect(), close = box.querySelector('.ui-messages-close'),"
                + "   icon = box.querySelector('span[class$=\"-icon\"]'), text = box.querySelector('ul');"
                + "  [['close', close], ['icon', icon], ['text', text]].forEach(function (part) {"
                + "   if (!part[1]) { faults.push(part[0] + ' missing'); return; }"
                + "   var r = part[1].getBoundingClientRect();"
                + "   if (r.left < b.left - 0.5 || r.right > b.right + 0.5 || r.top < b.top - 0.5"
                + "    || r.bottom > b.bottom + 0.5) { faults.push(part[0] + ' outside the box: '"
                + "    + JSON.stringify(r) + ' in ' + JSON.stringify(b)); } });"
                + "  if (close && text) { var c = close.getBoundingClientRect(), t = text.getBoundingClientRect();"
                + "   if (rtl ? c.right > t.left + 0.5 : c.left < t.right - 0.5) {"
                + "    faults.push('close not after the text: ' + JSON.stringify(c) + ' ' + JSON.stringify(t)); }"
                + "   if (c.top > t.bottom || c.bottom < t.top) { faults.push('close not level with the text'); } }"
                + "  if (icon && text) { var i = icon.getBoundingClientRect(), u = text.getBoundingClientRect();"
                + "   if (i.top > u.bottom || i.bottom < u.top) { faults.push('icon not level with the text'); } }"
                + " }); return faults;");
    }

    /** Waits for the address to contain a part; when it does not, the failure tells what the page said. */
    public void waitForUrl(String part, String what) {
        try {
            wait.until(ExpectedConditions.urlContains(part));
        } catch (TimeoutException e) {
            throw new AssertionError(what + ": " + driver.getCurrentUrl() + " shows " + pageText(), e);
        }
    }

    /** Waits until a script, run in the page, returns true. */
    public void waitUntilTrue(String script) {
        wait.until(page -> Boolean.TRUE.equals(((JavascriptExecutor) page).executeScript(script)));
    }

    public String pageSource() {
        return driver.getPageSource();
    }

    public String sessionCookie() {
        return driver.manage().getCookieNamed("JSESSIONID") == null
                ? null
                : driver.manage().getCookieNamed("JSESSIONID").getValue();
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public String pageText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The value of a field, as typed or as the page set it. */
    public String value(By locator) {
        return attribute(locator, "value");
    }

    /**
     * An attribute of the element the locator finds once it is shown, found again when an ajax update replaced the
     * element between finding and reading it (a table re-rendered twice by one change did so once in CI).
     */
    public String attribute(By locator, String name) {
        return wait.until(driver -> {
                    try {
                        WebElement shown = ExpectedConditions.visibilityOfElementLocated(locator)
                                .apply(driver);
                        return shown == null ? null : Optional.ofNullable(shown.getAttribute(name));
                    } catch (StaleElementReferenceException replaced) {
                        return null;
                    }
                })
                .orElse(null);
    }

    /** The text of each element the locator finds, once the first is shown. */
    public List<String> texts(By locator) {
        waitFor(locator);
        return driver.findElements(locator).stream().map(WebElement::getText).toList();
    }

    /** Whether the page shows at least one such element now, without waiting. */
    public boolean isPresent(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    public String title() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /**
     * What axe-core finds against WCAG 2.1 A and AA on the page as it stands, of serious or critical impact: one
     * line per rule broken, with the elements it names. axe-core's script comes from Deque's jar on the test class
     * path and runs in the page through WebDriver, beside the page's own scripts.
     *
     * <p>One element is left out, and known: PrimeFaces' simple file upload of the claim file marks itself
     * {@code aria-hidden} while its file input takes the focus ({@code aria-hidden-focus}), in either skin.
     */
    public List<String> accessibilityViolations() {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        page.executeScript(AxeScript.SOURCE);
        Object found = page.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run({exclude: [[\"[id='add-document:file']\"]]}, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},"
                + " resultTypes: ['violations']})"
                + ".then(result => done(result.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' at '"
                + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))"
                + ".catch(error => done(['axe-core failed: ' + error]));");
        return ((List<?>) found).stream().map(String::valueOf).toList();
    }

    /** axe-core's script, read once. */
    private static final class AxeScript {
        static final String SOURCE = read();

        private static String read() {
            try (var in = Browser.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js is not on the test class path");
                }
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Quits the browser and removes its download folder with the files the test downloaded. */
    @Override
    public void close() {
        driver.quit();
        try (java.util.stream.Stream<Path> files = Files.walk(downloads)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
