package org.demandflow.review.support;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.application.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The shared setup of the integration tests: one Spring context (cached across the test classes) on a real
 * PostgreSQL and an in-process KRaft broker, with a clock the tests move.
 */
@SpringBootTest(properties = {
    "demandflow.security.local-users=true",
    "demandflow.review.expiry.sweep-interval=1h",
    "demandflow.outbox.resubmit-interval=1h",
    "spring.datasource.hikari.connection-timeout=2000"})
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 1, topics = {"demands", "demand-secrecy-status", "demands-dlt"})
@Import(TestClockConfiguration.class)
public abstract class IntegrationTest {

    @Autowired
    protected TestClock clock;

    @Autowired
    protected ReviewService reviews;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::jdbcUrl);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("demandflow.schema-registry.url", TestRegistry::url);
    }

    /** The embedded broker's address. */
    protected String brokers() {
        return broker.getBrokersAsString();
    }

    /** A demand received now, due in ten days. */
    protected DemandFacts newDemand() {
        Instant now = clock.instant();
        return new DemandFacts(UUID.randomUUID().toString(), "contoso", "SEARCH_WARRANT", now,
                now.plus(Duration.ofDays(10)), true);
    }

    /** Opens the case of a new demand directly through the service; answers its id. */
    protected String openedCase() {
        DemandFacts demand = newDemand();
        reviews.open(demand);
        return demand.demandId();
    }
}
