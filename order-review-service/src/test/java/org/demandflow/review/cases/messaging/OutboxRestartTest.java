package org.demandflow.review.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
 * down are released when it comes back. Runs service instances of its own on a database of its own.
 */
class OutboxRestartTest extends IntegrationTest {

    /** A database of its own: the cached contexts of other tests must not relay this service's outbox. */
    private static final String RESTART_DATABASE = "order_review_restart";

    private ConfigurableApplicationContext startService(String brokers, String registryUrl, Duration clockOffset) {
        Map<String, String> settings = Map.ofEntries(Map.entry("server.port", "0"),
                Map.entry("spring.datasource.url", TestPostgres.jdbcUrl(RESTART_DATABASE)),
                Map.entry("spring.datasource.username", RESTART_DATABASE),
                Map.entry("spring.datasource.password", RESTART_DATABASE),
                Map.entry("spring.datasource.hikari.connection-timeout", "2000"),
                Map.entry("spring.kafka.bootstrap-servers", brokers()),
                Map.entry("spring.kafka.producer.bootstrap-servers", brokers),
                Map.entry("spring.kafka.producer.properties.max.block.ms", "500"),
                Map.entry("spring.cloud.stream.bindings.openReviewCase-in-0.consumer.auto-startup", "false"),
                Map.entry("demandflow.schema-registry.url", registryUrl),
                Map.entry("demandflow.outbox.poll-interval", "200ms"),
                Map.entry("test.clock.offset", clockOffset.toString()),
                Map.entry("demandflow.review.status-signing.key-id", SIGNING_KEY_ID),
                Map.entry("demandflow.review.status-signing.private-key", SIGNING_PRIVATE_KEY));
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OrderReviewApplication.class, TestClockConfiguration.class).run(args);
    }

    /**
     * Every status change whose send failed (the broker was unreachable), or that came due while the service was
     * down, arrives after the restart, in version order: the relay sends in outbox order and deletes only what was
     * acknowledged. Duplicates are looked for only after a later marker from the same outbox was seen on the same
     * single-partition topic; a copy of a version may follow it only as the same record.
     */
    @Test
    void every_change_whose_send_failed_or_came_due_while_down_arrives_after_a_restart_in_version_order() {
        DemandFacts demand;
        try (ConfigurableApplicationContext failing = startService("127.0.0.1:9", TestRegistry.url(), Duration.ZERO)) {
            demand = newDemandAt(failing.getBean(TestClock.class).instant());
            ReviewService service = failing.getBean(ReviewService.class);
            service.open(demand);
            service.recordOrder(demand.demandId(), new OrderTerms(OrderAuthority.USC_2705A, null, "MJ-77",
                    demand.receivedAt(), demand.receivedAt().plus(Duration.ofDays(8)), OrderScope.FULL, List.of(),
                    null), "reviewer");
            assertThat(waitingStatusesOf(failing.getBean(JdbcClient.class), demand.demandId().toString()))
                    .isEqualTo(2);
        }

        try (TopicReader<Object> statuses = kafka().avroReader("demand-secrecy-status");
             ConfigurableApplicationContext restarted = startService(brokers(), TestRegistry.url(),
                     Duration.ofDays(9))) {
            DemandFacts marker = newDemandAt(restarted.getBean(TestClock.class).instant());
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> versionsOf(statuses, demand.demandId().toString()).keySet(),
                            versions -> versions.containsAll(List.of(1, 2, 3)));
            restarted.getBean(ReviewService.class).open(marker);
            statuses.await(r -> marker.demandId().toString().equals(r.key()), Duration.ofSeconds(30));

            List<SecrecyStatusChanged> received = valuesOf(statuses, demand.demandId().toString()).stream()
                    .map(SecrecyStatusChanged.class::cast).toList();
            assertThat(received.stream().map(SecrecyStatusChanged::getVersion).distinct())
                    .containsExactly(1, 2, 3);
            assertThat(received.stream().map(SecrecyStatusChanged::getVersion)).isSorted();
            Map<Integer, List<SecrecyStatusChanged>> versions = versionsOf(statuses, demand.demandId().toString());
            versions.values().forEach(copies -> assertThat(copies).containsOnly(copies.get(0)));
            assertThat(versions.get(1).get(0).getStatus()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
            assertThat(versions.get(2).get(0).getStatus()).isEqualTo(SecrecyStatus.RESTRICTED);
            assertThat(versions.get(3).get(0).getStatus()).isEqualTo(SecrecyStatus.CLEARED);
        }
    }

    /**
     * A change is serialized into the outbox in its own transaction: when its record cannot be made (the registry
     * is unreachable before the service first wrote that contract), the change fails and nothing of it is stored,
     * so no status exists that its record would not carry.
     */
    @Test
    void a_change_whose_record_cannot_be_serialized_is_not_stored() {
        try (ConfigurableApplicationContext unregistered = startService(brokers(), "http://127.0.0.1:9",
                Duration.ZERO)) {
            DemandFacts demand = newDemandAt(unregistered.getBean(TestClock.class).instant());
            ReviewService service = unregistered.getBean(ReviewService.class);

            assertThatThrownBy(() -> service.open(demand)).isInstanceOf(RuntimeException.class);

            assertThat(service.find(demand.demandId())).isEmpty();
            assertThat(waitingStatusesOf(unregistered.getBean(JdbcClient.class), demand.demandId().toString()))
                    .isZero();
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

    /** The status records of a demand waiting in the outbox (its order changes share the outbox, not the topic). */
    private static long waitingStatusesOf(JdbcClient jdbc, String demandId) {
        return jdbc.sql("""
                        SELECT count(*) FROM outbox_record
                        WHERE topic = 'demand-secrecy-status' AND record_key = convert_to(?, 'UTF8')""")
                .param(demandId).query(Long.class).single();
    }
}
