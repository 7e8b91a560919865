package org.demandflow.notification.support;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.demandflow.testsupport.identity.TestIdentity;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.demandflow.testsupport.time.TestClock;
import org.demandflow.testsupport.time.TestClockConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a real Kafka broker (in-process KRaft), test-support's PostgreSQL and schema registry
 * and a real SMTP server, trusting the two test signing keys {@link TestSigningKeys#CURRENT} and
 * {@link TestSigningKeys#NEXT} (a rotation in progress); before each test the tables and mailboxes are emptied and the service's
 * {@link TestClock} is set to the real time. Its subclasses name the database and the SMTP port.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EmbeddedKafka(partitions = 3, topics = {"customer-executives", "demands", "demand-secrecy-status", "customer-notices",
    "demand-responses", "agency-letters", "customer-executives-dlt", "demands-notification-dlt",
    "demand-secrecy-status-dlt", "demand-responses-dlt"})
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
    static void registryAndIdentity(DynamicPropertyRegistry properties) {
        TestRegistry.register(properties);
        for (String keyId : new String[] {TestSigningKeys.CURRENT, TestSigningKeys.NEXT}) {
            properties.add(TestSigningKeys.trust(keyId), () -> TestSigningKeys.publicKey(keyId));
        }
        TestIdentity.register(properties);
    }

    @BeforeEach
    void emptyTablesAndMailboxes() throws Exception {
        clock.set(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        emptyTables();
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
    }

    /**
     * Empties the service's tables. The TRUNCATE takes its tables' locks one after another while the running
     * service's dispatchers may be reading two of them in the other order: PostgreSQL then ends one of the two as
     * a deadlock, and when it is the TRUNCATE, it is run again once the dispatcher's query has finished.
     */
    private void emptyTables() {
        for (int attempt = 1; ; attempt++) {
            try {
                jdbc.sql("TRUNCATE notice, demand_status, demand_facts, customer_directory, executive, outbox_record, "
                        + "status_history, status_version, integrity_incident, demand_response, agency_letter")
                        .update();
                return;
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt == 5) {
                    throw deadlock;
                }
            }
        }
    }

    /** How many notices of the demand are in one of the states. */
    protected long noticesOf(String demandId, String... states) {
        return jdbc.sql("SELECT count(*) FROM notice WHERE demand_id = ? AND state = ANY(?)")
                .params(demandId, states).query(Long.class).single();
    }

    /** Publishes contoso's executive directory and waits until the service has it. */
    protected void publishContoso(KafkaTestClient kafka) {
        kafka.send("customer-executives", Fixtures.CUSTOMER, AvroRecords.contosoExecutives());
        awaitRow("SELECT count(*) FROM customer_directory WHERE customer_id = ?", Fixtures.CUSTOMER);
    }

    /** Publishes the demand's {@code DemandReceived} and waits until the service has its facts. */
    protected void demandArrives(KafkaTestClient kafka, String demandId, String customerId) {
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, customerId));
        awaitRow("SELECT count(*) FROM demand_facts WHERE demand_id = ?", demandId);
    }

    private void awaitRow(String count, String id) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbc.sql(count).param(id).query(Integer.class).single() == 1);
    }

    /** A client of the service's topics, as another team would write it. */
    protected KafkaTestClient kafka() {
        return new KafkaTestClient(broker.getBrokersAsString(), TestRegistry.url());
    }
}
