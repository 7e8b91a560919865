package org.demandflow.testsupport.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the services' page tests (the reviewer console, the transparency report): Debian's
 * {@code chromium} driven headless through {@code chromedriver} (paths given explicitly, so Selenium Manager never
 * goes to the network, ../shared/STACK.md "Browser tests"), signing people in the way they do, at the authorization
 * server's form. A missing browser FAILS the test with the way to install it, never skips it (CI sets the system
 * property {@value #REQUIRED} or the environment's {@code DEMANDFLOW_BROWSER_REQUIRED}, and the message says so).
 */
public final class Browser implements AutoCloseable {

    /** Set by CI: the browser must be there. */
    public static final String REQUIRED = "demandflow.browser.required";
    private static final String INSTALL = "apt-get install -y --no-install-recommends chromium chromium-driver";

    private final ChromeDriver driver;
    private final String base;

    private Browser(ChromeDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    /** Starts headless Chromium for the service at {@code base} ({@code http://127.0.0.1:port}). */
    public static Browser start(String base) {
        File chromium = new File(System.getProperty("demandflow.browser.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("demandflow.browser.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("The browser tests need Chromium and its driver at " + chromium
                    + " and " + chromedriver + " (" + (required() ? "CI requires them: .ci/tools must install them"
                    : "not found") + "). Install them with: " + INSTALL + " (or .ci/tools; or name them with"
                    + " -Ddemandflow.browser.chromium=… -Ddemandflow.browser.chromedriver=…)");
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        return new Browser(driver, base);
    }

    /** CI's flag: the system property {@value #REQUIRED} or the environment's DEMANDFLOW_BROWSER_REQUIRED. */
    private static boolean required() {
        return Boolean.getBoolean(REQUIRED) || "true".equals(System.getenv("DEMANDFLOW_BROWSER_REQUIRED"));
    }

    /**
     * Signs {@code user} in afresh (password = name): opens {@code signedOut} (where the application forgets its
     * session) and forgets every cookie, then opens {@code entry}, fills the authorization server's form and waits
     * until the application shows {@code landing} with the user's name in its {@code viewer} element.
     */
    public Browser signIn(String user, String signedOut, String entry, String landing) {
        driver.get(base + signedOut);
        driver.manage().deleteAllCookies();
        driver.get(base + entry);
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(page -> page.getCurrentUrl().startsWith(base
                + landing) && !page.findElements(By.id("viewer")).isEmpty()
                && user.equals(page.findElement(By.id("viewer")).getText()));
        return this;
    }

    /** Opens a page of the service by its path. */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /** Waits (up to 10 s) until the page's body carries that data attribute with that value. */
    public Browser awaitBodyData(String name, String value) {
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(page -> value.equals(page.findElement(By.tagName("body")).getDomAttribute("data-" + name)));
        return this;
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Whether the page shows anything matching (without waiting for it). */
    public boolean shows(By by) {
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return !driver.findElements(by).isEmpty();
        } finally {
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        }
    }

    /** Types into a field by its label's id target, replacing what it held. */
    public Browser fill(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /**
     * Sets a date field to an ISO date. A person picks the date; typing it depends on the browser's locale, so the
     * test sets the field's value as the picker would.
     */
    public Browser date(String id, String isoDate) {
        driver.executeScript("arguments[0].value = arguments[1]", find(By.id(id)), isoDate);
        return this;
    }

    public Browser click(By by) {
        find(by).click();
        return this;
    }

    /** The console's session cookie as a {@code Cookie} header value, to send requests the page would not. */
    public String sessionCookie(String name) {
        return name + "=" + driver.manage().getCookieNamed(name).getValue();
    }

    /** Waits (up to 10 s) until the browser shows the page at {@code path}: a click only starts a navigation. */
    public Browser awaitPath(String path) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "the browser is at "
                + driver.getCurrentUrl() + ", not at " + path).until(page -> page.getCurrentUrl().equals(base + path));
        return this;
    }

    public String title() {
        return driver.getTitle();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}; answers the file. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
