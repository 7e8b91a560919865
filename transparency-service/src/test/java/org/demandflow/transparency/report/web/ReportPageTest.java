package org.demandflow.transparency.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.transparency.support.SourceRecords.sendClearedDemand;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.demandflow.events.DemandType;
import org.demandflow.testsupport.browser.Browser;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.transparency.support.TransparencyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The page for people over HTTP: public for a publishable period, its figures as the JSON has them, the chart
 * library from the service's own webjar; a period not yet publishable gets a page saying why. Demands of 2023-H2.
 */
class ReportPageTest extends TransparencyIntegrationTest {

    private static final Instant RECEIVED = Instant.parse("2023-10-02T10:00:00Z");

    @Test
    void the_page_of_a_publishable_period_shows_its_figures_and_loads_its_charts_from_the_service() {
        sendThePeriod();

        HttpResponse<String> page = api().get(null, "/reports/2023-H2");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
        assertThat(page.body()).contains("<td id=\"all-demands\">6</td>")
                .contains("<td>NL</td>")
                .contains("<td id=\"band-ns\">0–499</td>")
                .contains("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"></script>")
                .contains("&quot;countries&quot;:{&quot;NL&quot;:3,&quot;US&quot;:3}")
                .doesNotContain("http://").doesNotContain("https://");
        HttpResponse<String> library = api().get(null, "/webjars/echarts/5.3.1/dist/echarts.min.js");
        assertThat(library.statusCode()).isEqualTo(200);
        assertThat(library.body()).contains("echarts");
        assertThat(api().get(null, "/js/report-charts.js").statusCode()).isEqualTo(200);
    }

    @Test
    void a_real_browser_draws_the_charts_with_the_library_from_the_webjar() {
        sendThePeriod();

        try (Browser browser = Browser.start("http://127.0.0.1:" + port)) {
            browser.open("/reports/2023-H2").awaitBodyData("charts-drawn", "true");

            assertThat(browser.find(By.cssSelector("#chart-countries canvas")).isDisplayed()).isTrue();
            assertThat(browser.find(By.cssSelector("#chart-outcomes canvas")).isDisplayed()).isTrue();
            assertThat(browser.find(By.id("all-demands")).getText()).isEqualTo("6");
        }
    }

    @Test
    void a_period_not_yet_publishable_gets_a_page_saying_from_when() {
        HttpResponse<String> page = api().get(null, "/reports/2026-H2");

        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("may be published from 2027-07-01T00:00:00Z");
    }

    /** 2023-H2: three US subpoenas and three NL search warrants, all cleared; waits until all are in. */
    private void sendThePeriod() {
        KafkaTestClient kafka = kafka();
        String last = null;
        for (int i = 0; i < 3; i++) {
            sendClearedDemand(kafka, DemandType.SUBPOENA, "US", RECEIVED);
            last = sendClearedDemand(kafka, DemandType.SEARCH_WARRANT, "NL", RECEIVED);
        }
        String lastId = last;
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM customer_notice"
                + " WHERE demand_id = ?").param(lastId).query(Long.class).single() == 1);
        awaitCaughtUp();
    }
}
