package org.demandflow.notification.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CISO;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.ResponseStage;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.notification.NotificationApplication;
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
 * The service's database restored from a backup, for real (PostgreSQL's copy of the whole database, taken while
 * the service was stopped, put back after later instances ran): started with
 * {@code demandflow.restore.backup-taken-at}, it reads its topics again from before the backup and mails exactly
 * the notices (rule 5) and letters to the requester it had not sent.
 */
@EmbeddedKafka(partitions = 1, topics = {"customer-executives", "demands", "demand-secrecy-status",
    "customer-notices", "demand-responses", "agency-letters", "customer-executives-dlt", "demands-notification-dlt",
    "demand-secrecy-status-dlt", "demand-responses-dlt"})
class RestoreFromBackupTest {

    static final Duration PATIENCE = Duration.ofSeconds(40);
    static final GreenMail SMTP = TestMailServer.smtp();
    static final RecordSigner CURRENT_KEY = TestSigningKeys.signer(TestSigningKeys.CURRENT);

    final String sentAfterBackup = UUID.randomUUID().toString();
    final String unsentAtCrash = UUID.randomUUID().toString();
    final String database = "restore_" + sentAfterBackup.substring(0, 8);
    final List<ConfigurableApplicationContext> running = new ArrayList<>();
    KafkaTestClient kafka;
    EmbeddedKafkaBroker broker;

    @BeforeEach
    void mailbox(EmbeddedKafkaBroker broker) throws Exception {
        this.broker = broker;
        this.kafka = new KafkaTestClient(broker.getBrokersAsString(), TestRegistry.url());
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        SMTP.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void stopServices() throws SQLException {
        running.forEach(ConfigurableApplicationContext::close);
        superuser("DROP DATABASE IF EXISTS " + backup());
    }

    @Test
    void a_notice_or_letter_sent_after_the_backup_is_not_sent_again_and_a_notice_unsent_at_the_crash_is_sent()
            throws Exception {
        try (ConfigurableApplicationContext first = start(SMTP.getSmtp().getPort(), null)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            kafka.send("customer-executives", CUSTOMER, AvroRecords.contosoExecutives());
            for (String demandId : List.of(sentAfterBackup, unsentAtCrash)) {
                kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
                status(demandId, 1, SecrecyStatus.PENDING_REVIEW);
                await().atMost(PATIENCE).until(() -> appliedVersion(jdbc, demandId) == 1);
            }
        }
        superuser("CREATE DATABASE " + backup() + " TEMPLATE " + database);
        Instant backupTakenAt = Instant.now();

        try (ConfigurableApplicationContext second = start(SMTP.getSmtp().getPort(), null)) {
            status(sentAfterBackup, 2, SecrecyStatus.EXECUTIVE_ONLY, CISO);
            kafka.send("demand-responses", sentAfterBackup, AvroRecords.response(sentAfterBackup, 1,
                    ResponseStage.REDIRECT_REQUESTED, null, AgencyLetterKind.REDIRECT));
            await().atMost(PATIENCE).until(() -> reported(sentAfterBackup).size() == 1
                    && lettersReported(sentAfterBackup) == 1);
            assertThat(SMTP.getReceivedMessages()).hasSize(2);
        }
        try (ServerSocket blackHole = new ServerSocket(0)) {
            List<Socket> held = holdConnections(blackHole);
            try (ConfigurableApplicationContext third = start(blackHole.getLocalPort(), null)) {
                status(unsentAtCrash, 2, SecrecyStatus.EXECUTIVE_ONLY, CISO);
                await().atMost(PATIENCE).until(() -> noticeState(third.getBean(JdbcClient.class), unsentAtCrash)
                        .equals("SENDING"));
            }
            held.forEach(RestoreFromBackupTest::closeQuietly);
        }
        superuser("DROP DATABASE " + database);
        superuser("CREATE DATABASE " + database + " TEMPLATE " + backup() + " OWNER " + database);

        ConfigurableApplicationContext restored = start(SMTP.getSmtp().getPort(), backupTakenAt);
        JdbcClient jdbc = restored.getBean(JdbcClient.class);

        await().atMost(PATIENCE).until(() -> reported(unsentAtCrash).size() == 1);
        assertThat(reported(unsentAtCrash)).singleElement()
                .satisfies(notice -> assertThat(notice.getOutcome()).isEqualTo(NoticeOutcome.SENT));
        await().atMost(PATIENCE).until(() -> appliedVersion(jdbc, sentAfterBackup) == 2 && openNotices(jdbc) == 0
                && responseVersion(jdbc, sentAfterBackup) == 1 && openLetters(jdbc) == 0);
        assertThat(noticeState(jdbc, sentAfterBackup)).isEqualTo("SENT");
        assertThat(SMTP.getReceivedMessages()).hasSize(3);
        assertThat(reported(sentAfterBackup)).hasSize(1);
        assertThat(lettersReported(sentAfterBackup)).isEqualTo(1);
    }

    private void status(String demandId, int version, SecrecyStatus status, String... permitted) {
        StatusTopic.signed(kafka, CURRENT_KEY, demandId,
                AvroRecords.status(demandId, CUSTOMER, version, status, false, permitted));
    }

    private ConfigurableApplicationContext start(int smtpPort, Instant backupTakenAt) {
        List<String> args = new ArrayList<>(List.of("--spring.main.web-application-type=none",
                "--spring.datasource.url=" + TestPostgres.jdbcUrl(database),
                "--spring.datasource.username=" + database, "--spring.datasource.password=" + database,
                "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                "--demandflow.outbox.poll-interval=200ms",
                "--demandflow.schema-registry.url=" + TestRegistry.url(),
                "--spring.mail.port=" + smtpPort,
                "--spring.mail.properties.mail.smtp.timeout=4000",
                "--" + TestSigningKeys.trust(TestSigningKeys.CURRENT) + "="
                        + TestSigningKeys.publicKey(TestSigningKeys.CURRENT)));
        if (backupTakenAt != null) {
            args.add("--demandflow.restore.backup-taken-at=" + backupTakenAt);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(NotificationApplication.class)
                .profiles("test").run(args.toArray(String[]::new));
        running.add(context);
        return context;
    }

    private String backup() {
        return database + "_backup";
    }

    private static void superuser(String statement) throws SQLException {
        try (Connection connection = TestPostgres.server().getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private static int appliedVersion(JdbcClient jdbc, String demandId) {
        return jdbc.sql("SELECT version FROM demand_status WHERE demand_id = ?").param(demandId)
                .query(Integer.class).optional().orElse(0);
    }

    private static String noticeState(JdbcClient jdbc, String demandId) {
        return jdbc.sql("SELECT state FROM notice WHERE demand_id = ?").param(demandId).query(String.class)
                .optional().orElse("NONE");
    }

    private static int responseVersion(JdbcClient jdbc, String demandId) {
        return jdbc.sql("SELECT version FROM demand_response WHERE demand_id = ?").param(demandId)
                .query(Integer.class).optional().orElse(0);
    }

    private static long openLetters(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM agency_letter WHERE state IN ('PENDING', 'SENDING')").query(Long.class)
                .single();
    }

    private long lettersReported(String demandId) {
        return kafka.readAvro("agency-letters").stream().filter(r -> demandId.equals(r.key())).count();
    }

    private static long openNotices(JdbcClient jdbc) {
        return jdbc.sql("SELECT count(*) FROM notice WHERE state IN ('PENDING', 'SENDING')").query(Long.class)
                .single();
    }

    private List<CustomerNotice> reported(String demandId) {
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
}
