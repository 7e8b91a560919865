package org.demandflow.review.restore.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
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
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClock;
import org.demandflow.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's restore mode ({@code demandflow.restore.enabled=true}): a service instance started on a restored
 * database has continued its cases from the topic before its start returns. Runs instances of its own on a
 * database of its own.
 */
class RestoreOnStartTest extends IntegrationTest {

    private static final String RESTORE_DATABASE = "order_review_restore";

    private ConfigurableApplicationContext startService(boolean restore) {
        Map<String, String> settings = Map.ofEntries(Map.entry("server.port", "0"),
                Map.entry("spring.datasource.url", TestPostgres.jdbcUrl(RESTORE_DATABASE)),
                Map.entry("spring.datasource.username", RESTORE_DATABASE),
                Map.entry("spring.datasource.password", RESTORE_DATABASE),
                Map.entry("spring.kafka.bootstrap-servers", brokers()),
                Map.entry("spring.cloud.stream.bindings.openReviewCase-in-0.consumer.auto-startup", "false"),
                Map.entry("demandflow.schema-registry.url", TestRegistry.url()),
                Map.entry("demandflow.outbox.poll-interval", "200ms"),
                Map.entry("demandflow.restore.enabled", String.valueOf(restore)),
                Map.entry("demandflow.review.status-signing.key-id", SIGNING_KEY_ID),
                Map.entry("demandflow.review.status-signing.private-key", SIGNING_PRIVATE_KEY));
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(OrderReviewApplication.class, TestClockConfiguration.class).run(args);
    }

    private List<SecrecyStatusChanged> statusesOf(DemandId demandId, int atLeast) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> kafka().readAvro("demand-secrecy-status").stream()
                .filter(r -> demandId.toString().equals(r.key())).map(ConsumerRecord::value)
                .map(SecrecyStatusChanged.class::cast).toList(), statuses -> statuses.size() >= atLeast);
    }

    @Test
    void an_instance_started_in_restore_mode_has_continued_its_cases_from_the_topic_when_its_start_returns() {
        DemandId demandId;
        try (ConfigurableApplicationContext before = startService(false)) {
            ReviewService service = before.getBean(ReviewService.class);
            DemandFacts demand = new DemandFacts(DemandId.random(), "fabrikam", "COURT_ORDER",
                    before.getBean(TestClock.class).instant(), null, true);
            demandId = demand.demandId();
            service.open(demand);
            statusesOf(demandId, 1);
            CaseBackup backup = CaseBackup.of(before.getBean(JdbcTemplate.class), demandId);
            service.recordOrder(demandId, new OrderTerms(OrderAuthority.USC_2705B, null, "MJ-88",
                    demand.receivedAt(), demand.receivedAt().plus(Duration.ofDays(30)), OrderScope.FULL, List.of(),
                    null), "reviewer");
            statusesOf(demandId, 2);
            backup.restore();
        }

        try (ConfigurableApplicationContext restored = startService(true)) {
            assertThat(restored.getBean(ReviewService.class).find(demandId).orElseThrow().version()).isEqualTo(3);
            List<SecrecyStatusChanged> statuses = statusesOf(demandId, 3);
            assertThat(statuses).extracting(SecrecyStatusChanged::getVersion).containsExactly(1, 2, 3);
            assertThat(statuses.get(2).getStatus().name()).isEqualTo("PENDING_REVIEW");
        }
    }
}
