package org.demandflow.transparency.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.transparency.support.SourceRecords.order;
import static org.demandflow.transparency.support.SourceRecords.sendClearedDemand;
import static org.demandflow.transparency.support.SourceRecords.sendRestrictedDemand;
import static org.demandflow.transparency.support.SourceRecords.status;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.demandflow.events.DemandType;
import org.demandflow.events.SecrecyOrderAuthority;
import org.demandflow.events.SecrecyOrderState;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.http.Api;
import org.demandflow.transparency.support.TransparencyIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A rebuild from the topics into an empty store reproduces a published report from its cut-off, although the
 * topics also hold records dated after it. Demands of 2024-H1.
 */
class RebuildTest extends TransparencyIntegrationTest {

    private static final Instant RECEIVED = Instant.parse("2024-03-01T08:00:00Z");

    @Test
    void a_rebuild_into_an_empty_store_reproduces_the_published_report_from_its_cut_off() {
        KafkaTestClient kafka = kafka();
        for (int i = 0; i < 4; i++) {
            sendClearedDemand(kafka, DemandType.COURT_ORDER, "IE", RECEIVED.plusSeconds(i));
        }
        String restricted = sendRestrictedDemand(kafka, DemandType.COURT_ORDER, "IE", RECEIVED,
                SecrecyOrderAuthority.USC_2705B);
        String last = sendClearedDemand(kafka, DemandType.COURT_ORDER, "IE", RECEIVED);
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM secrecy_order"
                + " WHERE demand_id = ?").param(restricted).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM customer_notice WHERE demand_id = ?").param(last).query(Long.class)
                .single() == 1);
        awaitCaughtUp();
        HttpResponse<String> published = api().get(null, "/api/v1/reports/2024-H1");
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(Api.json(published).path("report").path("allCountries").path("total").path("demands").asInt())
                .isEqualTo(5);
        liftAfterThePublication(kafka, restricted);
        assertThat(Api.json(api().get("auditor", "/api/v1/report-drafts/2024-H1")).path("report")
                .path("allCountries").path("total").path("demands").asInt()).isEqualTo(6);

        jdbc.sql("TRUNCATE demand, secrecy_status, demand_response, secrecy_order, customer_notice").update();
        assertThat(reproduced()).isFalse();
        HttpResponse<String> rebuild = api().post("operator", "/api/v1/facts/rebuild", "");

        assertThat(rebuild.statusCode()).isEqualTo(200);
        assertThat(Api.json(rebuild).get(0).path("topic").asString()).isEqualTo("demands");
        assertThat(reproduced()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM secrecy_status WHERE demand_id = ?").param(restricted)
                .query(Long.class).single()).isEqualTo(3);
        assertThat(api().get(null, "/api/v1/reports/2024-H1").body()).isEqualTo(published.body());
    }

    @Test
    void only_operators_rebuild() {
        assertThat(api().post(null, "/api/v1/facts/rebuild", "").statusCode()).isEqualTo(401);
        assertThat(api().post("auditor", "/api/v1/facts/rebuild", "").statusCode()).isEqualTo(403);
    }

    /** A day after the publication the order is lifted and the demand CLEARED: records dated after the cut-off. */
    private void liftAfterThePublication(KafkaTestClient kafka, String demandId) {
        Instant lifted = clock.advance(Duration.ofDays(1));
        kafka.send("secrecy-orders", demandId, order(demandId, "order-" + demandId, 2, SecrecyOrderAuthority.USC_2705B,
                SecrecyOrderState.LIFTED, RECEIVED, null, lifted));
        kafka.send("demand-secrecy-status", demandId, status(demandId, 3, SecrecyStatus.CLEARED, lifted));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM secrecy_status"
                + " WHERE demand_id = ? AND version = 3").param(demandId).query(Long.class).single() == 1
                && jdbc.sql("SELECT count(*) FROM secrecy_order WHERE version = 2 AND demand_id = ?").param(demandId)
                .query(Long.class).single() == 1);
    }

    private boolean reproduced() {
        JsonNode reproductions = Api.json(api().get("auditor", "/api/v1/report-reproductions"));
        assertThat(reproductions).hasSize(1);
        assertThat(reproductions.get(0).path("period").asString()).isEqualTo("2024-H1");
        return reproductions.get(0).path("reproduced").asBoolean();
    }
}
