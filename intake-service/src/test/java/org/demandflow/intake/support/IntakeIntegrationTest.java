package org.demandflow.intake.support;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole service on a random port against a real PostgreSQL,
 * a real (embedded KRaft) broker and the project's schema registry, with the fixed {@link TestClock};
 * one Spring context for all.
 */
@Import(TestClock.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"demandflow.security.local-users=true",
            // PostgreSQL and the context stop side by side at exit: do not wait long for a connection then
            "spring.datasource.hikari.connection-timeout=2000"})
@EmbeddedKafka(partitions = 1, topics = {"demand-submissions", "demands", "demand-submission-rejections",
    "demand-submissions-dlt"})
public abstract class IntakeIntegrationTest {

    @LocalServerPort
    protected int port;

    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", TestPostgres::jdbcUrl);
        properties.add("demandflow.schema-registry.url", TestRegistry::url);
    }

    protected KafkaProbe kafka() {
        return new KafkaProbe(bootstrapServers, TestRegistry.url());
    }

    protected Api api() {
        return new Api(port);
    }
}
