package org.demandflow.review.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.support.ConsoleTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Who sees what in the console, and its safety basics, in a real browser: an auditor reads everything (the attention
 * list included) and may change nothing, an operator sees the queue and the demand's facts only, pages forbid scripts, and a decision without the
 * form's CSRF token is refused.
 */
class ConsoleAccessBrowserTest extends ConsoleTest {

    @Test
    void the_attention_list_shows_an_order_without_end_as_a_challenge_candidate_linking_its_case() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, null);

        as("auditor").open("/console/attention");
        String row = browser().find(By.xpath("//table[@id='attention']//tr[td/a[text()='" + demandId + "']]"))
                .getText();
        assertThat(row).contains("CHALLENGE_CANDIDATE");
        browser().click(By.linkText(demandId.toString())).awaitPath("/console/cases/" + demandId);
        assertThat(browser().find(By.id("status")).getText()).isEqualTo("RESTRICTED");
    }

    @Test
    void an_operator_sees_the_queue_and_the_demand_but_no_decision_nor_history() {
        DemandId demandId = openedCase();

        as("operator").open("/console/queue").click(By.linkText(demandId.toString()));

        assertThat(browser().find(By.id("demand")).getText()).contains("contoso").contains("SEARCH_WARRANT");
        assertThat(browser().shows(By.id("decisions"))).isFalse();
        assertThat(browser().shows(By.id("orders"))).isFalse();
        assertThat(browser().shows(By.id("history"))).isFalse();
        browser().open("/console/approvals");
        assertThat(browser().find(By.id("error-status")).getText()).isEqualTo("403");
    }

    @Test
    void pages_forbid_scripts_and_a_decision_without_the_form_s_csrf_token_is_refused() throws Exception {
        DemandId demandId = openedCase();
        as("reviewer").open("/console/cases/" + demandId);
        String session = browser().sessionCookie("DEMANDFLOW_REVIEW_SESSION");
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/console/cases/" + demandId)).header("Cookie", session).build(), BodyHandlers.ofString());
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/console/cases/" + demandId + "/decide/no-secrecy-order"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("note=forged&confirmed=true")).build(), BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; "
                + "style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        assertThat(page.body()).doesNotContain("<script");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        assertThat(historyOf(demandId)).containsExactly(CaseAction.CASE_OPENED);
    }

    @Test
    void an_auditor_sees_the_whole_case_but_no_action() {
        DemandId demandId = openedCase();
        fullOrderOn(demandId, Duration.ofDays(30));

        as("auditor").open("/console/cases/" + demandId);

        assertThat(browser().find(By.id("viewer")).getText()).isEqualTo("auditor");
        assertThat(browser().find(By.id("orders")).getText()).contains("USC_2705B");
        assertThat(browser().find(By.id("history")).getText()).contains("ORDER_RECORDED");
        assertThat(browser().shows(By.id("decisions"))).isFalse();
        assertThat(browser().shows(By.cssSelector("a.lift, a.extend, a.narrow"))).isFalse();
        assertThat(browser().shows(By.cssSelector("main form, main button"))).isFalse();

        browser().open("/console/cases/" + demandId + "/decide/secrecy-order");
        assertThat(browser().shows(By.id("authority"))).as("the form itself is refused").isFalse();
    }
}
