package org.demandflow.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClock;
import org.demandflow.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real Kafka broker (in-process KRaft), test-support's PostgreSQL and schema registry
 * and a real SMTP server; before each test the tables and mailboxes are emptied and the service's
 * {@link TestClock} is set to the real time. Its subclasses name the database and the SMTP port.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, topics = {"customer-executives", "demands", "demand-secrecy-status", "customer-notices",
    "customer-executives-dlt", "demands-notification-dlt", "demand-secrecy-status-dlt"})
@ActiveProfiles("test")
@Import(TestClockConfiguration.class)
public abstract class RunningService {

    protected static final GreenMail SMTP = TestMailServer.smtp();

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestClock clock;

    @Autowired
    protected EmbeddedKafkaBroker broker;

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        TestRegistry.register(properties);
    }

    @BeforeEach
    void emptyTablesAndMailboxes() throws Exception {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        jdbc.sql("TRUNCATE notice, demand_status, demand_facts, customer_directory, executive, event_publication")
                .update();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
    }

    /** A client of the service's topics, as another team would write it. */
    protected KafkaTestClient kafka() {
        return new KafkaTestClient(broker.getBrokersAsString(), TestRegistry.url());
    }
}
