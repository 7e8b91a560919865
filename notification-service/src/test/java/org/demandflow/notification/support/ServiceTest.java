package org.demandflow.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the integration tests: the whole service on a real Kafka broker (in-process KRaft),
 * a real PostgreSQL and a real SMTP server, one Spring context shared by every subclass, tables and mailboxes emptied before
 * each test, and the service's time a {@link TestClock} set back to the system's before each test.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, topics = {"customer-executives", "demands", "demand-secrecy-status", "customer-notices",
    "customer-executives-dlt", "demands-notification-dlt", "demand-secrecy-status-dlt"})
@ActiveProfiles("test")
@Import(ServiceTest.TestClockConfiguration.class)
public abstract class ServiceTest {

    protected static final GreenMail SMTP = TestInfrastructure.smtp();

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", TestInfrastructure::jdbcUrl);
        properties.add("spring.datasource.username", () -> "postgres");
        properties.add("spring.datasource.password", () -> "postgres");
        properties.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        properties.add("demandflow.schema-registry.url", () -> TestInfrastructure.registry().url());
    }

    @BeforeEach
    void emptyTablesAndMailboxes() throws Exception {
        clock.reset();
        jdbc.sql("TRUNCATE notice, demand_status, demand_facts, customer_directory, executive, event_publication")
                .update();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
    }

    /** A client of the service's topics, as another team would write it. */
    protected KafkaTestClient kafka() {
        return new KafkaTestClient(broker.getBrokersAsString(), TestInfrastructure.registry().url());
    }

    /** The service's clock, which tests may advance. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestClockConfiguration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
