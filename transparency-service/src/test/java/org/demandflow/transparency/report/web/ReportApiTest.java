package org.demandflow.transparency.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.demandflow.transparency.support.SourceRecords.sendClearedDemand;
import static org.demandflow.transparency.support.SourceRecords.sendRestrictedDemand;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.demandflow.events.DemandType;
import org.demandflow.events.SecrecyOrderAuthority;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.http.Api;
import org.demandflow.transparency.support.SourceRecords;
import org.demandflow.transparency.support.TransparencyIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import tools.jackson.databind.JsonNode;

/**
 * The report's API over HTTP: a publishable period is public (JSON and CSV) and stays as first published; one not
 * yet publishable or malformed is a problem; drafts only for auditors. Demands of 2025-H2 and 2026-H1.
 */
class ReportApiTest extends TransparencyIntegrationTest {

    private static final Instant SECOND_HALF = Instant.parse("2025-09-15T10:00:00Z");

    @Autowired
    private BindingsLifecycleController bindings;

    @Test
    void a_closed_period_past_its_delay_is_published_to_anyone_once_and_stays_as_published() {
        String last = sendPeriod(kafka());
        awaitCleared(last);

        HttpResponse<String> first = api().get(null, "/api/v1/reports/2025-H2");

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode body = Api.json(first);
        assertThat(body.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(body.path("cutOff").asString()).isEqualTo("2026-12-02T11:00:00Z");
        JsonNode report = body.path("report");
        assertThat(report.path("allCountries").path("total").path("demands").asInt()).isEqualTo(7);
        assertThat(report.path("countries").get(0).path("country").asString()).isEqualTo("DE");
        assertThat(report.path("countries").get(0).path("total").path("demands").isNull()).isTrue();
        assertThat(report.path("bands").path("nationalSecurityDemands").path("to").asInt()).isEqualTo(499);
        assertThat(report.path("bands").path("withheldDemands").path("from").asInt()).isZero();
        assertThat(report.path("demandTypes").toString()).doesNotContain("NATIONAL_SECURITY_LETTER");

        sendClearedDemand(kafka(), DemandType.SUBPOENA, "US", SECOND_HALF);
        clock.advance(Duration.ofDays(30));
        assertThat(api().get(null, "/api/v1/reports/2025-H2").body()).isEqualTo(first.body());
    }

    @Test
    void the_csv_holds_one_figure_per_line_with_suppressed_ones_marked() {
        awaitCleared(sendPeriod(kafka()));

        HttpResponse<String> csv = api().get(null, "/api/v1/reports/2025-H2.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/csv"));
        assertThat(csv.body()).startsWith(ReportCsv.HEADER + "\r\n")
                .contains("2025-H2,2026-12-02T11:00:00Z,countries,ALL,ALL,demands,7\r\n")
                .contains("countries,DE,SEARCH_WARRANT,demands,suppressed\r\n")
                .contains("bands,ALL,ALL,national_security_demands,0-499\r\n");
    }

    @Test
    void a_period_before_its_end_plus_the_delay_is_refused_with_a_problem_and_published_from_that_instant() {
        clock.set(Instant.parse("2026-12-31T23:59:59.999Z"));

        HttpResponse<String> early = api().get(null, "/api/v1/reports/2026-H1");

        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Api.json(early).path("detail").asString()).contains("may be published from 2027-01-01T00:00:00Z");
        assertThat(api().get(null, "/api/v1/reports/2026-H1.csv").statusCode()).isEqualTo(409);

        clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        awaitCaughtUp();
        assertThat(api().get(null, "/api/v1/reports/2026-H1").statusCode()).isEqualTo(200);
    }

    @Test
    void a_publishable_period_is_not_published_while_records_of_the_source_topics_wait_unread() {
        awaitCaughtUp();
        bindings.stop("customerNotices-in-0");
        try {
            kafka().send("customer-notices", "held", SourceRecords.sent(SourceRecords.newDemandId(), SECOND_HALF));

            HttpResponse<String> early = api().get(null, "/api/v1/reports/2022-H1");

            assertThat(early.statusCode()).isEqualTo(409);
            assertThat(Api.json(early).path("detail").asString()).contains("not yet read every record");
        } finally {
            bindings.start("customerNotices-in-0");
        }
        awaitCaughtUp();
        assertThat(api().get(null, "/api/v1/reports/2022-H1").statusCode()).isEqualTo(200);
    }

    @Test
    void a_published_report_cannot_be_changed_or_removed_in_the_database() {
        awaitCaughtUp();
        assertThat(api().get(null, "/api/v1/reports/2022-H2").statusCode()).isEqualTo(200);

        assertThatThrownBy(() -> jdbc.sql("UPDATE published_report SET cut_off = now()").update())
                .hasMessageContaining("published report 2022-H2 is immutable");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM published_report").update())
                .hasMessageContaining("published report 2022-H2 is immutable");
    }

    @Test
    void a_malformed_period_is_a_problem_naming_the_field() {
        HttpResponse<String> malformed = api().get(null, "/api/v1/reports/2026-H3");

        assertThat(malformed.statusCode()).isEqualTo(422);
        assertThat(malformed.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Api.json(malformed).path("reasons").get(0).path("field").asString()).isEqualTo("period");
    }

    @Test
    void a_draft_is_for_auditors_only_and_marked_not_publishable() {
        awaitCleared(sendPeriod(kafka()));

        assertThat(api().get(null, "/api/v1/report-drafts/2025-H2").statusCode()).isEqualTo(401);
        assertThat(api().get("reviewer", "/api/v1/report-drafts/2025-H2").statusCode()).isEqualTo(403);
        HttpResponse<String> draft = api().get("auditor", "/api/v1/report-drafts/2025-H2");

        assertThat(draft.statusCode()).isEqualTo(200);
        JsonNode body = Api.json(draft);
        assertThat(body.path("publishable").asBoolean()).isFalse();
        assertThat(body.path("notice").asString()).startsWith("DRAFT");
        assertThat(body.path("nationalSecurityDemands").asInt()).isEqualTo(1);
        assertThat(body.path("withheldDemands").asInt()).isEqualTo(1);
        assertThat(api().get(null, "/api/v1/reports/2025-H2").statusCode()).isEqualTo(200);
    }

    /**
     * 2025-H2: five US subpoenas, one DE search warrant and one DE subpoena (both small: suppressed, DE's total
     * with them), a national security letter and a restricted demand; answers the last cleared demand's id.
     */
    private static String sendPeriod(KafkaTestClient kafka) {
        for (int i = 0; i < 5; i++) {
            sendClearedDemand(kafka, DemandType.SUBPOENA, "US", SECOND_HALF.plusSeconds(i));
        }
        sendClearedDemand(kafka, DemandType.SEARCH_WARRANT, "DE", SECOND_HALF);
        sendRestrictedDemand(kafka, DemandType.NATIONAL_SECURITY_LETTER, "US", SECOND_HALF,
                SecrecyOrderAuthority.NSL_2709);
        sendRestrictedDemand(kafka, DemandType.COURT_ORDER, "FR", SECOND_HALF, SecrecyOrderAuthority.USC_2705B);
        return sendClearedDemand(kafka, DemandType.SUBPOENA, "DE", SECOND_HALF);
    }

    /** Waits until the demand, sent last, has its notice recorded: every record sent before it is in. */
    private void awaitCleared(String demandId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("""
                SELECT count(*) FROM customer_notice n JOIN demand USING (demand_id)
                  JOIN secrecy_status s USING (demand_id) JOIN demand_response r USING (demand_id)
                WHERE n.demand_id = ? AND s.version = 2""").param(demandId).query(Long.class).single() == 1);
        awaitCaughtUp();
    }
}
