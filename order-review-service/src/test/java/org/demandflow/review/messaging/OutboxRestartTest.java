package org.demandflow.review.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.OrderReviewApplication;
import org.demandflow.review.cases.ReviewService;
import org.demandflow.review.domain.DemandFacts;
import org.demandflow.review.domain.OrderAuthority;
import org.demandflow.review.domain.OrderScope;
import org.demandflow.review.domain.OrderTerms;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.KafkaRecords;
import org.demandflow.review.support.TestClockConfiguration;
import org.demandflow.review.support.TestDatabase;
import org.demandflow.review.support.TestRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Nothing is lost between the database commit and the Kafka send, and orders that end while the service is
 * down are released when it comes back. Runs two service instances of its own, one after the other.
 */
class OutboxRestartTest extends IntegrationTest {

    private ConfigurableApplicationContext startService(String registryUrl, Duration clockOffset) {
        Map<String, String> settings = Map.of(
                "server.port", "0",
                "spring.datasource.url", TestDatabase.jdbcUrl(),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "postgres",
                "spring.datasource.hikari.connection-timeout", "2000",
                "spring.kafka.bootstrap-servers", brokers(),
                "spring.cloud.stream.bindings.openReviewCase-in-0.consumer.auto-startup", "false",
                "demandflow.schema-registry.url", registryUrl,
                "demandflow.outbox.resubmit-interval", "1h",
                "test.clock.offset", clockOffset.toString());
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OrderReviewApplication.class, TestClockConfiguration.class).run(args);
    }

    @Test
    void status_changes_whose_send_failed_and_an_order_that_ended_while_down_are_published_after_the_restart() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        DemandFacts demand = new DemandFacts(UUID.randomUUID().toString(), "fabrikam", "COURT_ORDER", now, null, true);
        try (ConfigurableApplicationContext failing = startService("http://127.0.0.1:9", Duration.ZERO)) {
            ReviewService service = failing.getBean(ReviewService.class);
            service.open(demand);
            service.recordOrder(demand.demandId(), new OrderTerms(OrderAuthority.USC_2705A, null, "MJ-77",
                    demand.receivedAt(), demand.receivedAt().plus(Duration.ofHours(1)), OrderScope.FULL, List.of(),
                    null), "reviewer");
            JdbcClient jdbc = failing.getBean(JdbcClient.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> failedPublicationsOf(jdbc, demand.demandId()) == 2);
        }

        try (KafkaRecords.Reader<Object> statuses = KafkaRecords.avroReader(brokers(), "demand-secrecy-status");
             ConfigurableApplicationContext restarted = startService(TestRegistry.url(), Duration.ofHours(2))) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> statuses.valuesOf(demand.demandId()).size() >= 3);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> statuses.valuesOf(demand.demandId()).size() == 3);

            assertThat(statuses.valuesOf(demand.demandId())).map(SecrecyStatusChanged.class::cast)
                    .extracting(SecrecyStatusChanged::getVersion).containsExactlyInAnyOrder(1, 2, 3);
        }
    }

    private static long failedPublicationsOf(JdbcClient jdbc, String demandId) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE serialized_event LIKE ? AND completion_date IS NULL AND status = 'FAILED'""")
                .param("%" + demandId + "%").query(Long.class).single();
    }
}
