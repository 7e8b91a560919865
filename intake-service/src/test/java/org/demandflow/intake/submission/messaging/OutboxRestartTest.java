package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.HashMap;
import java.util.Map;
import org.demandflow.intake.IntakeApplication;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.intake.submission.SubmissionFixture;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.testsupport.database.TestPostgres;
import org.demandflow.testsupport.registry.TestRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A crash between the database commit and the Kafka send loses nothing and duplicates nothing:
 * a second instance of the service (its own database) commits a demand and a rejection while its
 * producer cannot reach the broker, stops, and on restart sends each exactly once. The outbox
 * promises every event at least once, not an order between them, so no order is asserted.
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
                "demandflow.outbox.poll-interval", "200ms",
                "spring.jmx.enabled", "false",
                "spring.datasource.hikari.connection-timeout", "2000"));
        properties.putAll(Map.of("spring.datasource.username", DATABASE, "spring.datasource.password", DATABASE));
        properties.putAll(extra);
        // as command-line arguments: they must win over application.yml, which points at the local stack
        String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(IntakeApplication.class).run(arguments);
    }

    private static long incompletePublications(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM outbox_record").query(Long.class).single();
    }

    private static IntakeOutcome handle(ConfigurableApplicationContext context, SubmissionFixture submission) {
        return context.getBean(SubmissionIntake.class).handle(submission.build());
    }

    private static SubmissionFixture submission(String reference) {
        SubmissionFixture fixture = new SubmissionFixture();
        fixture.submissionId = "restart-" + reference;
        fixture.externalReference = reference;
        return fixture;
    }

    @Test
    void a_demand_and_a_rejection_committed_while_the_broker_is_unreachable_are_each_sent_once_after_a_restart() {
        SubmissionFixture accepted = submission("RESTART-ACCEPTED");
        SubmissionFixture refused = submission("RESTART-REFUSED");
        refused.customerId = " ";
        try (ConfigurableApplicationContext crashing = instance(Map.of(
                "spring.kafka.producer.bootstrap-servers", "127.0.0.1:9",
                "spring.kafka.producer.properties.max.block.ms", "500"))) {
            assertThat(handle(crashing, accepted)).isInstanceOf(IntakeOutcome.Accepted.class);
            assertThat(handle(crashing, refused)).isInstanceOf(IntakeOutcome.Rejected.class);
            assertThat(incompletePublications(crashing)).isEqualTo(2);
        }
        IntakeTopics topics = new IntakeTopics(kafka());
        assertThat(topics.demandsFor(accepted.externalReference)).isEmpty();

        try (ConfigurableApplicationContext restarted = instance(Map.of())) {
            await().atMost(IntakeTopics.PATIENCE).until(() -> incompletePublications(restarted) == 0);
            SubmissionFixture marker = submission("RESTART-MARKER");
            handle(restarted, marker);
            topics.awaitDemand(marker.externalReference);
        }

        assertThat(topics.demandsFor(accepted.externalReference)).hasSize(1);
        assertThat(topics.rejectionsOf(refused.submissionId)).hasSize(1);
    }
}
