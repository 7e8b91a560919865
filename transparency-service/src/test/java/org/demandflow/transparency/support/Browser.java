package org.demandflow.transparency.support;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser for the report page's test: Debian's {@code chromium} driven headless through {@code chromedriver}
 * (paths given explicitly, so Selenium Manager never goes to the network). A missing browser FAILS the test with the
 * way to install it, never skips it (CI sets {@value #REQUIRED} or DEMANDFLOW_BROWSER_REQUIRED, and the message
 * says so).
 */
public final class Browser implements AutoCloseable {

    /** Set by CI: the browser must be there. */
    public static final String REQUIRED = "demandflow.browser.required";
    private static final String INSTALL = "apt-get install -y --no-install-recommends chromium chromium-driver";

    private final ChromeDriver driver;

    private Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public static Browser start() {
        File chromium = new File(System.getProperty("demandflow.browser.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("demandflow.browser.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("The report page's browser test needs Chromium and its driver at "
                    + chromium + " and " + chromedriver + " (" + (required() ? REQUIRED
                    + " is set: CI must install them" : "not found") + "). Install them with: " + INSTALL);
        }
        ChromeOptions options = new ChromeOptions().setBinary(chromium).addArguments("--headless=new", "--no-sandbox",
                "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1000", "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver)
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options));
    }

    /** CI's flag: the system property {@value #REQUIRED} or the environment's DEMANDFLOW_BROWSER_REQUIRED. */
    private static boolean required() {
        return Boolean.getBoolean(REQUIRED) || "true".equals(System.getenv("DEMANDFLOW_BROWSER_REQUIRED"));
    }

    public Browser open(String url) {
        driver.get(url);
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

    @Override
    public void close() {
        driver.quit();
    }
}
