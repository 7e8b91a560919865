package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CISO;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.CustomerNotices;
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
 * Crashes and restarts: the service runs as its own application context on its own database
 * and broker, is stopped at the worst moment, and a new instance finishes the work — with
 * nothing lost and nothing recorded twice.
 */
@EmbeddedKafka(partitions = 1, topics = {"customer-executives", "demands", "demand-secrecy-status",
    "customer-notices", "customer-executives-dlt", "demands-notification-dlt", "demand-secrecy-status-dlt"})
class RestartTest {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final GreenMail SMTP = TestMailServer.smtp();
    static final RecordSigner CURRENT_KEY = TestSigningKeys.signer(TestSigningKeys.CURRENT);

    final String demandId = UUID.randomUUID().toString();
    final String database = "restart_" + demandId.substring(0, 8);
    final List<ConfigurableApplicationContext> running = new ArrayList<>();
    KafkaTestClient kafka;
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void freshDatabaseAndMailbox(EmbeddedKafkaBroker broker) throws Exception {
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
    void a_crash_between_the_database_commit_and_the_kafka_send_loses_no_customer_notice() {
        ConfigurableApplicationContext first = start(SMTP.getSmtp().getPort(), "127.0.0.1:" + deadPort());
        JdbcClient jdbc = first.getBean(JdbcClient.class);
        feedOneExecutiveOnlyNotice(jdbc);
        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 1);
        await().atMost(PATIENCE).until(() -> state(jdbc).equals("SENT"));
        await().atMost(PATIENCE).until(() -> incompletePublications(jdbc) == 1);
        first.close();
        assertThat(customerNotices()).isEmpty();

        start(SMTP.getSmtp().getPort(), broker.getBrokersAsString());

        await().atMost(PATIENCE).until(() -> customerNotices().size() == 1);
        assertThat(customerNotices()).singleElement()
                .satisfies(notice -> assertThat(notice.getOutcome()).isEqualTo(NoticeOutcome.SENT));
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void a_crash_in_the_middle_of_an_smtp_send_is_followed_by_the_send_not_by_a_missing_notice() throws Exception {
        try (ServerSocket blackHole = new ServerSocket(0)) {
            List<Socket> held = holdConnections(blackHole);
            ConfigurableApplicationContext first = start(blackHole.getLocalPort(), broker.getBrokersAsString());
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            feedOneExecutiveOnlyNotice(jdbc);
            await().atMost(PATIENCE).until(() -> state(jdbc).equals("SENDING"));
            first.close();
            held.forEach(RestartTest::closeQuietly);
        }

        ConfigurableApplicationContext second = start(SMTP.getSmtp().getPort(), broker.getBrokersAsString());

        await().atMost(PATIENCE).until(() -> customerNotices().size() == 1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(state(second.getBean(JdbcClient.class))).isEqualTo("SENT");
    }

    /** The directory first (as in production, where the compacted topic is long loaded), then the demand. */
    private void feedOneExecutiveOnlyNotice(JdbcClient jdbc) {
        kafka.send("customer-executives", CUSTOMER, AvroRecords.contosoExecutives());
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM customer_directory")
                .query(Integer.class).single() == 1);
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        StatusTopic.signed(kafka, CURRENT_KEY, demandId,
                AvroRecords.status(demandId, CUSTOMER, 1, SecrecyStatus.PENDING_REVIEW, false));
        StatusTopic.signed(kafka, CURRENT_KEY, demandId,
                AvroRecords.status(demandId, CUSTOMER, 2, SecrecyStatus.EXECUTIVE_ONLY, false, CISO));
    }

    private ConfigurableApplicationContext start(int smtpPort, String producerServers) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationApplication.class)
                .profiles("test")
                .run("--spring.main.web-application-type=none",
                        "--spring.datasource.url=" + TestPostgres.jdbcUrl(database),
                        "--spring.datasource.username=" + database, "--spring.datasource.password=" + database,
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--spring.kafka.producer.bootstrap-servers=" + producerServers,
                        "--demandflow.outbox.poll-interval=200ms",
                        "--demandflow.schema-registry.url=" + TestRegistry.url(),
                        "--spring.mail.port=" + smtpPort,
                        "--spring.mail.properties.mail.smtp.timeout=4000",
                        "--" + TestSigningKeys.trust(TestSigningKeys.CURRENT) + "="
                                + TestSigningKeys.publicKey(TestSigningKeys.CURRENT));
        running.add(context);
        return context;
    }

    private String state(JdbcClient jdbc) {
        return jdbc.sql("SELECT state FROM notice WHERE demand_id = ?").param(demandId).query(String.class)
                .optional().orElse("NONE");
    }

    private static int incompletePublications(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM outbox_record").query(Integer.class).single();
    }

    private List<CustomerNotice> customerNotices() {
        return CustomerNotices.of(kafka, demandId).stream().map(ConsumerRecord::value).toList();
    }

    /** Accepts SMTP connections and never answers, so a send hangs as if the process died mid-send. */
    private static List<Socket> holdConnections(ServerSocket blackHole) {
        List<Socket> held = new ArrayList<>();
        Thread acceptor = new Thread(() -> {
            while (!blackHole.isClosed()) {
                try {
                    held.add(blackHole.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return held;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the connection is gone either way
        }
    }

    private static int deadPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
