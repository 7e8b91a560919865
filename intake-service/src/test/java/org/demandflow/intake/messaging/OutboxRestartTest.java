package org.demandflow.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.demandflow.events.DemandReceived;
import org.demandflow.intake.IntakeApplication;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.intake.submission.Submission;
import org.demandflow.intake.submission.SubmissionFixture;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.intake.support.TestPostgres;
import org.demandflow.intake.support.TestRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A crash between the database commit and the Kafka send loses nothing and duplicates nothing:
 * a second instance of the service (its own database) commits a demand while its producer cannot
 * reach the broker, stops, and on restart sends exactly one {@code DemandReceived}.
 */
class OutboxRestartTest extends IntakeIntegrationTest {

    private static final String DATABASE = "intake_restart";

    private ConfigurableApplicationContext instance(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(Map.of(
                "spring.datasource.url", TestPostgres.jdbcUrl(DATABASE),
                "spring.kafka.bootstrap-servers", bootstrapServers,
                "demandflow.schema-registry.url", TestRegistry.url(),
                "server.port", "0",
                "spring.cloud.stream.bindings.intakeSubmissions-in-0.consumer.auto-startup", "false",
                "demandflow.outbox.resubmit-interval", "1h",
                "spring.jmx.enabled", "false",
                "spring.datasource.hikari.connection-timeout", "2000"));
        properties.putAll(extra);
        // as command-line arguments: they must win over application.yml, which points at the local stack
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(IntakeApplication.class).run(arguments);
    }

    private List<DemandReceived> announced(String demandId) {
        return kafka().avroRecords("demands").stream().map(r -> (DemandReceived) r.value())
                .filter(demand -> demand.getDemandId().equals(demandId)).toList();
    }

    private static long incompletePublications(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class)
                .sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL").query(Long.class).single();
    }

    @Test
    void a_demand_committed_while_the_broker_is_unreachable_is_announced_exactly_once_after_a_restart() {
        Submission submission = new SubmissionFixture().build();
        String demandId;
        try (ConfigurableApplicationContext crashing = instance(Map.of(
                "spring.kafka.producer.bootstrap-servers", "127.0.0.1:9",
                "spring.kafka.producer.properties.max.block.ms", "500"))) {
            IntakeOutcome outcome = crashing.getBean(SubmissionIntake.class).handle(submission);
            demandId = ((IntakeOutcome.Accepted) outcome).demand().id().toString();
            assertThat(incompletePublications(crashing)).isEqualTo(1);
        }
        assertThat(announced(demandId)).isEmpty();

        try (ConfigurableApplicationContext restarted = instance(Map.of())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> incompletePublications(restarted) == 0);
        }

        assertThat(announced(demandId)).hasSize(1);
    }
}
