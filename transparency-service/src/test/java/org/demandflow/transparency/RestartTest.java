package org.demandflow.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.transparency.support.SourceRecords.sendClearedDemand;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.DemandType;
import org.demandflow.testsupport.database.TestPostgres;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClockConfiguration;
import org.demandflow.transparency.facts.SourceProgress;
import org.demandflow.testsupport.http.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Restarts: the service runs as its own application context on its own database and broker; what arrives while it
 * is down is read when it is back (its offsets were committed, nothing is read twice into the store), and a
 * published report is the same after a restart. Demands of 2025-H1; the clock is the real time.
 */
@EmbeddedKafka(partitions = 1, topics = {"demands", "demand-secrecy-status", "demand-responses", "secrecy-orders",
    "customer-notices"})
class RestartTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final Instant RECEIVED = Instant.parse("2025-02-03T10:00:00Z");

    private final String database = "restart_" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ConfigurableApplicationContext> running = new ArrayList<>();

    @AfterEach
    void stopServices() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void records_sent_while_the_service_is_down_are_read_after_it_restarts_and_a_published_report_stays(
            EmbeddedKafkaBroker broker) {
        KafkaTestClient kafka = new KafkaTestClient(broker.getBrokersAsString(), TestRegistry.url());
        ConfigurableApplicationContext first = start(broker);
        for (int i = 0; i < 3; i++) {
            sendClearedDemand(kafka, DemandType.SUBPOENA, "US", RECEIVED);
        }
        await().atMost(PATIENCE).until(() -> demands(first) == 3 && first.getBean(SourceProgress.class).caughtUp());
        first.close();
        for (int i = 0; i < 3; i++) {
            sendClearedDemand(kafka, DemandType.SUBPOENA, "US", RECEIVED);
        }

        ConfigurableApplicationContext second = start(broker);
        await().atMost(PATIENCE).until(() -> second.getBean(SourceProgress.class).caughtUp());
        HttpResponse<String> published = api(second).get(null, "/api/v1/reports/2025-H1");
        second.close();
        ConfigurableApplicationContext third = start(broker);

        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(Api.json(published).path("report").path("allCountries").path("total").path("demands").asInt())
                .isEqualTo(6);
        assertThat(demands(third)).isEqualTo(6);
        assertThat(api(third).get(null, "/api/v1/reports/2025-H1").body()).isEqualTo(published.body());
    }

    private ConfigurableApplicationContext start(EmbeddedKafkaBroker broker) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TransparencyApplication.class,
                TestClockConfiguration.class).run("--server.port=0",
                "--spring.datasource.url=" + TestPostgres.jdbcUrl(database), "--spring.datasource.username=" + database,
                "--spring.datasource.password=" + database, "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--demandflow.schema-registry.url=" + TestRegistry.url(), "--logging.level.org.apache.kafka=warn",
                "--logging.level.org.springframework.kafka=warn", "--logging.level.kafka=warn");
        running.add(context);
        return context;
    }

    private static long demands(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("SELECT count(*) FROM demand").query(Long.class).single();
    }

    private static Api api(ConfigurableApplicationContext context) {
        return new Api(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
    }
}
