package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CFO;
import static org.demandflow.notification.support.Fixtures.CISO;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.LEGAL;
import static org.demandflow.testsupport.kafka.KafkaTestClient.header;

import com.icegreen.greenmail.util.GreenMailUtil;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.CustomerNotice;
import org.demandflow.events.NoticeOutcome;
import org.demandflow.events.NoticeScope;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.CustomerNotices;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.notification.support.StatusTopic;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The service fed only through Kafka, read through Kafka and the SMTP server. */
class KafkaFlowTest extends ServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired CustomerDirectories directories;

    KafkaTestClient kafka;
    StatusTopic statuses;
    final String demandId = UUID.randomUUID().toString();

    @BeforeEach
    void contosoIsPublished() {
        kafka = kafka();
        statuses = new StatusTopic(kafka, jdbc, broker.getPartitionsPerTopic());
        kafka.send("customer-executives", CUSTOMER, AvroRecords.contosoExecutives());
        await().atMost(PATIENCE).until(() -> directories.find(CUSTOMER).isPresent());
    }

    @Test
    void a_cleared_demand_mails_the_legal_contacts_and_publishes_one_sent_notice_each() {
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        sendStatus(1, SecrecyStatus.PENDING_REVIEW, false);
        sendStatus(2, SecrecyStatus.CLEARED, true);

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 2);
        // the customer is told its own accounts the demand names, never who requested them
        assertThat(Arrays.stream(SMTP.getReceivedMessages()).map(GreenMailUtil::getBody)
                .map(body -> body.replace("=\r\n", "").replace("=\n", "")))
                .allSatisfy(body -> assertThat(body).contains("Search warrant", "MJ-26-117", "T-" + demandId,
                        "secret-account@contoso.example").doesNotContain("Agent Smith", "smith@fbi.example"));
        List<ConsumerRecord<String, CustomerNotice>> notices = awaitNotices(2);
        assertThat(notices).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(demandId);
            assertThat(record.value().getOutcome()).isEqualTo(NoticeOutcome.SENT);
            assertThat(record.value().getScope()).isEqualTo(NoticeScope.ALL_CONTACTS);
            assertThat(record.value().getStatusVersion()).isEqualTo(2);
        });
        assertThat(notices).extracting(record -> record.value().getRecipientEmail())
                .containsExactlyInAnyOrder(LEGAL, CFO);
    }

    @Test
    void a_status_delivered_twice_mails_once() {
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        sendStatus(1, SecrecyStatus.PENDING_REVIEW, false);
        SecrecyStatusChanged carveOut = AvroRecords.status(demandId, CUSTOMER, 2, SecrecyStatus.EXECUTIVE_ONLY,
                false, CISO);
        statuses.send(demandId, carveOut);
        statuses.send(demandId, carveOut);

        awaitEarlierStatusesHandled();
        await().atMost(PATIENCE).until(() -> noticesIn("SENT") == 1);
        assertThat(noticesIn("SENT", "PENDING", "SENDING", "FAILED", "CANCELLED")).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
        assertThat(awaitNotices(1)).singleElement()
                .satisfies(record -> assertThat(record.value().getScope()).isEqualTo(NoticeScope.EXECUTIVE_ONLY));
    }

    @Test
    void a_restricted_demand_mails_nobody() {
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        sendStatus(1, SecrecyStatus.PENDING_REVIEW, false);
        sendStatus(2, SecrecyStatus.RESTRICTED, false);

        awaitEarlierStatusesHandled();
        assertThat(noticesIn("SENT", "PENDING", "SENDING", "FAILED", "CANCELLED")).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
        assertThat(jdbc.sql("SELECT version FROM demand_status WHERE demand_id = ?").param(demandId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void an_unknown_customer_gets_a_failed_notice_with_no_recipient_on_the_topic() {
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, "stranger"));
        statuses.send(demandId, AvroRecords.status(demandId, "stranger", 1, SecrecyStatus.CLEARED, false));

        assertThat(awaitNotices(1)).singleElement().satisfies(record -> {
            assertThat(record.value().getOutcome()).isEqualTo(NoticeOutcome.FAILED);
            assertThat(record.value().getReason()).isEqualTo("NO_RECIPIENT");
            assertThat(record.value().getRecipientEmail()).isEmpty();
        });
    }

    @Test
    void a_tombstone_removes_the_customer_from_the_directory() {
        kafka.send("customer-executives", CUSTOMER, null);
        await().atMost(PATIENCE).until(() -> directories.find(CUSTOMER).isEmpty());
    }

    @Test
    void an_undecodable_directory_record_is_dead_lettered_and_is_not_taken_for_a_tombstone() {
        byte[] garbage = {0, 0, 0, 0, 99};
        kafka.sendBytes("customer-executives", CUSTOMER, garbage);

        await().atMost(PATIENCE).until(() -> kafka.readBytes("customer-executives-dlt").stream()
                .anyMatch(record -> Arrays.equals(record.value(), garbage)));
        assertThat(directories.find(CUSTOMER)).isPresent();
    }

    @Test
    void an_undecodable_status_is_dead_lettered_and_the_next_status_still_flows() {
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        kafka.sendBytes("demand-secrecy-status", demandId, garbage);
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        sendStatus(1, SecrecyStatus.EXECUTIVE_ONLY, false, CISO);

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 1);
        assertThat(deadLetters("demand-secrecy-status-dlt")).singleElement().satisfies(record -> {
            assertThat(record.value()).isEqualTo(garbage);
            assertThat(header(record, "kafka_dlt-original-topic")).isEqualTo("demand-secrecy-status");
            assertThat(header(record, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
        });
    }

    @Test
    void an_unreadable_newer_status_closes_the_gate_until_its_version_is_published_again() {
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        sendStatus(1, SecrecyStatus.PENDING_REVIEW, false);
        sendStatus(2, SecrecyStatus.CLEARED, false);
        await().atMost(PATIENCE).until(() -> noticesIn("SENT") == 2);

        kafka.sendBytes("demand-secrecy-status", demandId, "a v3 we cannot read".getBytes(StandardCharsets.UTF_8));
        await().atMost(PATIENCE).until(() -> deadLetters("demand-secrecy-status-dlt").size() == 1);
        assertThat(jdbc.sql("SELECT status FROM demand_status WHERE demand_id = ?").param(demandId)
                .query(String.class).single()).isEqualTo("RESTRICTED");
        sendStatus(4, SecrecyStatus.CLEARED, false);
        awaitEarlierStatusesHandled();
        assertThat(noticesIn("PENDING", "SENDING", "FAILED", "CANCELLED")).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);

        sendStatus(3, SecrecyStatus.CLEARED, false);
        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 4);
        assertThat(statusVersion(demandId)).contains(4);
    }

    @Test
    void a_decodable_but_invalid_status_is_dead_lettered_at_once_and_opens_nothing() {
        kafka.send("demands", demandId, AvroRecords.demandReceived(demandId, CUSTOMER));
        kafka.send("demand-secrecy-status", demandId,
                AvroRecords.status(demandId, CUSTOMER, 0, SecrecyStatus.CLEARED, false));

        await().atMost(PATIENCE).until(() -> !deadLetters("demand-secrecy-status-dlt").isEmpty());
        assertThat(header(deadLetters("demand-secrecy-status-dlt").get(0), "kafka_dlt-exception-stacktrace"))
                .contains("version starts at 1");
        awaitEarlierStatusesHandled();
        assertThat(statusVersion(demandId)).isEmpty();
        assertThat(noticesIn("SENT", "PENDING", "SENDING", "FAILED", "CANCELLED")).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_undecodable_demand_is_dead_lettered_to_the_notification_services_own_topic() {
        byte[] garbage = {0, 0, 0, 0, 42, 1, 2};
        kafka.sendBytes("demands", demandId, garbage);

        await().atMost(PATIENCE).until(() -> !deadLetters("demands-notification-dlt").isEmpty());
        assertThat(deadLetters("demands-notification-dlt")).singleElement()
                .satisfies(record -> assertThat(record.value()).isEqualTo(garbage));
    }

    private void sendStatus(int version, SecrecyStatus status, boolean delayEnded, String... permitted) {
        statuses.send(demandId, AvroRecords.status(demandId, CUSTOMER, version, status, delayEnded, permitted));
    }

    private List<ConsumerRecord<String, CustomerNotice>> awaitNotices(int count) {
        return await().atMost(PATIENCE).until(
                () -> CustomerNotices.of(kafka, demandId), records -> records.size() >= count);
    }

    private void awaitEarlierStatusesHandled() {
        statuses.awaitHandled(demandId);
    }

    private Optional<Integer> statusVersion(String demand) {
        return statuses.appliedVersion(demand);
    }

    private boolean demandFactsKnown(String demand) {
        return jdbc.sql("SELECT count(*) FROM demand_facts WHERE demand_id = ?").param(demand)
                .query(Integer.class).single() == 1;
    }

    private long noticesIn(String... states) {
        return noticesOf(demandId, states);
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters(String topic) {
        return kafka.readBytes(topic).stream().filter(record -> demandId.equals(record.key())).toList();
    }
}
