package org.demandflow.intake.support;

import java.time.Instant;
import org.demandflow.testsupport.database.TestPostgres;
import org.demandflow.testsupport.http.Api;
import org.demandflow.testsupport.identity.TestIdentity;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClock;
import org.demandflow.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole service on a random port against test-support's real
 * PostgreSQL, schema registry and authorization server and a real (embedded KRaft) broker; one Spring context for all.
 * Time is test-support's {@link TestClock}, set to {@link #NOW} before every test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // PostgreSQL and the context stop side by side at exit: do not wait long for a connection then
            "spring.datasource.hikari.connection-timeout=2000"})
@EmbeddedKafka(partitions = 1, topics = {"demand-submissions", "demands", "demand-submission-rejections",
    "demand-submissions-dlt"})
@Import(TestClockConfiguration.class)
public abstract class IntakeIntegrationTest {

    /** The time every integration test runs at. */
    public static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @Autowired
    protected TestClock clock;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        TestPostgres.register(properties, "intake");
        TestRegistry.register(properties);
        TestIdentity.register(properties);
    }

    @BeforeEach
    void startTheClock() {
        clock.set(NOW);
    }

    protected KafkaTestClient kafka() {
        return new KafkaTestClient(bootstrapServers, TestRegistry.url());
    }

    protected Api api() {
        return new Api(port);
    }
}
