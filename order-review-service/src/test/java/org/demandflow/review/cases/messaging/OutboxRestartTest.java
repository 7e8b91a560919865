package org.demandflow.review.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.OrderReviewApplication;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.cases.application.ReviewService;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.database.TestPostgres;
import org.demandflow.testsupport.kafka.TopicReader;
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClock;
import org.demandflow.testsupport.time.TestClockConfiguration;
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
        Map<String, String> settings = Map.ofEntries(Map.entry("server.port", "0"),
                Map.entry("spring.datasource.url", TestPostgres.jdbcUrl(DATABASE)),
                Map.entry("spring.datasource.username", DATABASE),
                Map.entry("spring.datasource.password", DATABASE),
                Map.entry("spring.datasource.hikari.connection-timeout", "2000"),
                Map.entry("spring.kafka.bootstrap-servers", brokers()),
                Map.entry("spring.cloud.stream.bindings.openReviewCase-in-0.consumer.auto-startup", "false"),
                Map.entry("demandflow.schema-registry.url", registryUrl),
                Map.entry("demandflow.outbox.resubmit-interval", "1h"),
                Map.entry("test.clock.offset", clockOffset.toString()),
                Map.entry("demandflow.review.status-signing.key-id", SIGNING_KEY_ID),
                Map.entry("demandflow.review.status-signing.private-key", SIGNING_PRIVATE_KEY));
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OrderReviewApplication.class, TestClockConfiguration.class).run(args);
    }

    /**
     * What the outbox promises today: every status change is delivered, at least once. It does not promise their
     * order (resubmission can reorder a demand's events; the ordered relay will), so the order is not asserted:
     * after de-duplication by version, as consumers do, the versions are exactly 1, 2 and 3, each copy of a
     * version is the same record, and each version carries its status. Duplicates are looked for only after a
     * later marker from the same outbox was seen on the same single-partition topic.
     */
    @Test
    void every_change_whose_send_failed_or_came_due_while_down_arrives_as_versions_one_to_three_in_no_promised_order() {
        DemandFacts demand;
        try (ConfigurableApplicationContext failing = startService("http://127.0.0.1:9", Duration.ZERO)) {
            demand = newDemandAt(failing.getBean(TestClock.class).instant());
            ReviewService service = failing.getBean(ReviewService.class);
            service.open(demand);
            service.recordOrder(demand.demandId(), new OrderTerms(OrderAuthority.USC_2705A, null, "MJ-77",
                    demand.receivedAt(), demand.receivedAt().plus(Duration.ofDays(8)), OrderScope.FULL, List.of(),
                    null), "reviewer");
            JdbcClient jdbc = failing.getBean(JdbcClient.class);
            String demandId = demand.demandId().toString();
            await().atMost(Duration.ofSeconds(30)).until(() -> failedPublicationsOf(jdbc, demandId) == 2);
        }

        try (TopicReader<Object> statuses = kafka().avroReader("demand-secrecy-status");
             ConfigurableApplicationContext restarted = startService(TestRegistry.url(), Duration.ofDays(9))) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> versionsOf(statuses, demand.demandId().toString()).keySet(),
                            versions -> versions.containsAll(List.of(1, 2, 3)));
            DemandFacts marker = newDemandAt(restarted.getBean(TestClock.class).instant());
            restarted.getBean(ReviewService.class).open(marker);
            statuses.await(r -> marker.demandId().toString().equals(r.key()), Duration.ofSeconds(30));

            Map<Integer, List<SecrecyStatusChanged>> versions = versionsOf(statuses, demand.demandId().toString());
            assertThat(versions).containsOnlyKeys(1, 2, 3);
            versions.values().forEach(copies -> assertThat(copies).containsOnly(copies.get(0)));
            assertThat(versions.get(1).get(0).getStatus()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
            assertThat(versions.get(2).get(0).getStatus()).isEqualTo(SecrecyStatus.RESTRICTED);
            assertThat(versions.get(3).get(0).getStatus()).isEqualTo(SecrecyStatus.CLEARED);
        }
    }

    private static DemandFacts newDemandAt(Instant now) {
        return new DemandFacts(DemandId.random(), "fabrikam", "COURT_ORDER", now, null, true);
    }

    /** The records of a demand seen so far, grouped by version (the copies of one version in topic order). */
    private static Map<Integer, List<SecrecyStatusChanged>> versionsOf(TopicReader<Object> statuses,
                                                                        String demandId) {
        return valuesOf(statuses, demandId).stream().map(SecrecyStatusChanged.class::cast)
                .collect(Collectors.groupingBy(SecrecyStatusChanged::getVersion, TreeMap::new, Collectors.toList()));
    }

    /** The status changes of a demand whose send failed (its order changes share the outbox and are not counted). */
    private static long failedPublicationsOf(JdbcClient jdbc, String demandId) {
        return jdbc.sql("""
                        SELECT count(*) FROM event_publication
                        WHERE serialized_event LIKE ? AND completion_date IS NULL AND status = 'FAILED'
                        AND event_type = ?""")
                .params("%" + demandId + "%", StatusChanged.class.getName()).query(Long.class).single();
    }
}
