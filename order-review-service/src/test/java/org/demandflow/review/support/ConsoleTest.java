package org.demandflow.review.support;

import org.demandflow.testsupport.browser.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The shared setup of the console's browser tests: the service on a real port (the integration tests' database,
 * broker, registry and authorization server), one headless Chromium per test class, people signed in at the
 * authorization server's form, and a screenshot of each test's last page under {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "demandflow.review.status-signing.key-id=" + IntegrationTest.SIGNING_KEY_ID,
    "demandflow.review.status-signing.private-key=" + IntegrationTest.SIGNING_PRIVATE_KEY,
    "demandflow.review.expiry.sweep-interval=1h",
    "spring.datasource.hikari.connection-timeout=2000"})
public abstract class ConsoleTest extends IntegrationTest {

    private static Browser browser;

    @LocalServerPort
    protected int port;

    @AfterEach
    void screenshot(TestInfo test) {
        if (browser != null) {
            browser.screenshot(getClass().getSimpleName() + "-" + test.getTestMethod().orElseThrow().getName());
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The browser, with {@code user} signed in afresh (started on first use). */
    protected Browser as(String user) {
        return browser().signIn(user, "/console/signed-out", "/console", "/console/queue");
    }

    /** The browser as it stands. */
    protected Browser browser() {
        if (browser == null) {
            browser = Browser.start("http://127.0.0.1:" + port);
        }
        return browser;
    }
}
