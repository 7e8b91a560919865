package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import com.icegreen.greenmail.util.GreenMail;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.StatusTopic;
import org.demandflow.notification.support.TestMailServer;
import org.demandflow.notification.support.TestSigningKeys;
import org.demandflow.support.signing.RecordSigner;
import org.demandflow.testsupport.database.TestPostgres;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.registry.TestRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * A signing key rotation as the notification README describes it: the service first trusts the old and the
 * new key (statuses signed with either open the gate), then, restarted with the old key removed, a status
 * signed with the old key closes the gate while one signed with the new key still opens it. Runs its own
 * service instances on its own database, one after the other.
 */
@EmbeddedKafka(partitions = 1, topics = {"customer-executives", "demands", "demand-secrecy-status",
    "customer-notices", "customer-executives-dlt", "demands-notification-dlt", "demand-secrecy-status-dlt"})
class SigningKeyRotationTest {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final GreenMail SMTP = TestMailServer.smtp();
    static final RecordSigner OLD = TestSigningKeys.signer(TestSigningKeys.CURRENT);
    static final RecordSigner NEW = TestSigningKeys.signer(TestSigningKeys.NEXT);

    final String database = "rotation_" + UUID.randomUUID().toString().substring(0, 8);
    final List<ConfigurableApplicationContext> running = new ArrayList<>();
    KafkaTestClient kafka;
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void freshMailbox(EmbeddedKafkaBroker broker) throws Exception {
        this.broker = broker;
        this.kafka = new KafkaTestClient(broker.getBrokersAsString(), TestRegistry.url());
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void stopServices() {
        running.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void statuses_signed_with_the_old_or_the_new_key_open_the_gate_until_the_old_key_is_removed() {
        ConfigurableApplicationContext both = start(TestSigningKeys.CURRENT, TestSigningKeys.NEXT);
        JdbcClient jdbc = both.getBean(JdbcClient.class);
        kafka.send("customer-executives", CUSTOMER, AvroRecords.contosoExecutives());
        await().atMost(PATIENCE).until(() -> count(jdbc, "SELECT count(*) FROM customer_directory") == 1);
        String signedOld = clearedAfterRestriction(OLD);
        String signedNew = clearedAfterRestriction(NEW);
        await().atMost(PATIENCE).until(() -> sent(jdbc, signedOld) > 0 && sent(jdbc, signedNew) > 0);
        both.close();

        ConfigurableApplicationContext newOnly = start(TestSigningKeys.NEXT);
        JdbcClient after = newOnly.getBean(JdbcClient.class);
        String stillOld = clearedAfterRestriction(OLD);
        String rotated = clearedAfterRestriction(NEW);
        await().atMost(PATIENCE).until(() -> sent(after, rotated) > 0);

        assertThat(after.sql("SELECT kind FROM integrity_incident WHERE demand_id = ?").param(stillOld)
                .query(String.class).list()).contains("UNKNOWN_SIGNING_KEY");
        assertThat(count(after, "SELECT count(*) FROM notice WHERE demand_id = '" + stillOld + "'")).isZero();
        assertThat(count(after, "SELECT count(*) FROM integrity_incident WHERE demand_id <> '" + stillOld + "'"))
                .isZero();
    }

    /**
     * A new demand whose v1 RESTRICTED (signed with the new key) is followed by a v2 CLEARED signed by
     * {@code signer}; the restriction comes first, so the clearance is what is judged by its signature. Statuses
     * of one demand share the single partition, so when the later demand's notice is sent, this one was handled.
     */
    private String clearedAfterRestriction(RecordSigner signer) {
        String demandId = UUID.randomUUID().toString();
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        StatusTopic.signed(kafka, NEW, demandId,
                AvroRecords.status(demandId, CUSTOMER, 1, SecrecyStatus.RESTRICTED, false));
        StatusTopic.signed(kafka, signer, demandId,
                AvroRecords.status(demandId, CUSTOMER, 2, SecrecyStatus.CLEARED, false));
        return demandId;
    }

    private static long sent(JdbcClient jdbc, String demandId) {
        return jdbc.sql("SELECT count(*) FROM notice WHERE demand_id = ? AND state = 'SENT'").param(demandId)
                .query(Long.class).single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private ConfigurableApplicationContext start(String... trustedKeys) {
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestPostgres.jdbcUrl(database),
                "--spring.datasource.username=" + database, "--spring.datasource.password=" + database,
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                                "--demandflow.schema-registry.url=" + TestRegistry.url(),
                "--spring.mail.port=" + SMTP.getSmtp().getPort()));
        for (String keyId : trustedKeys) {
            args.add("--" + TestSigningKeys.trust(keyId) + "=" + TestSigningKeys.publicKey(keyId));
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationApplication.class)
                .profiles("test").run(args.toArray(String[]::new));
        running.add(context);
        return context;
    }
}
