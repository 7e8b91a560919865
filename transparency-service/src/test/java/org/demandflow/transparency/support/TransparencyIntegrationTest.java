package org.demandflow.transparency.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import org.demandflow.testsupport.database.TestPostgres;
import org.demandflow.testsupport.http.Api;
import org.demandflow.testsupport.identity.TestIdentity;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClock;
import org.demandflow.testsupport.time.TestClockConfiguration;
import org.demandflow.transparency.facts.SourceProgress;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole service on a random port against test-support's real PostgreSQL,
 * schema registry and authorization server and a real (embedded KRaft) broker; one Spring context for all. Before
 * each test the tables are emptied (TRUNCATE: the published reports' trigger refuses only UPDATE and DELETE) and the
 * {@link TestClock} is set to {@link #NOW}. The topics keep their records across tests: each test uses periods of
 * its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.hikari.connection-timeout=2000", "logging.level.org.apache.kafka=warn",
            "logging.level.kafka=warn", "logging.level.state.change.logger=warn",
            "logging.level.org.springframework.kafka=warn", "logging.level.org.springframework.cloud.stream=warn"})
@EmbeddedKafka(partitions = 1, topics = {"demands", "demand-secrecy-status", "demand-responses", "secrecy-orders",
    "customer-notices", "demands-transparency-dlt", "demand-secrecy-status-transparency-dlt",
    "demand-responses-transparency-dlt", "secrecy-orders-transparency-dlt", "customer-notices-transparency-dlt"})
@Import(TestClockConfiguration.class)
public abstract class TransparencyIntegrationTest {

    /** The time every integration test starts at: 2025-H2 may be published, 2026-H1 not yet. */
    public static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    private SourceProgress progress;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestPostgres.register(properties, "transparency");
        TestRegistry.register(properties);
        TestIdentity.register(properties);
    }

    @BeforeEach
    void emptyTablesAndStartTheClock() {
        jdbc.sql("TRUNCATE demand, secrecy_status, demand_response, secrecy_order, customer_notice, published_report")
                .update();
        clock.set(NOW);
    }

    /** Waits until the service has handled every record on its source topics (publication waits for it too). */
    protected void awaitCaughtUp() {
        await().atMost(Duration.ofSeconds(30)).until(progress::caughtUp);
    }

    protected KafkaTestClient kafka() {
        return new KafkaTestClient(bootstrapServers, TestRegistry.url());
    }

    protected Api api() {
        return new Api(port);
    }
}
