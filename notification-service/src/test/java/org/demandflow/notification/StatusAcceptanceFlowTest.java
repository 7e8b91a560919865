package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import java.time.Duration;
import java.util.UUID;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.notification.support.StatusTopic;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Safety rule 8 through Kafka: versions out of order, twice, across a gap that only re-publication fills,
 * a version jump, and a status before its demand. Contoso's legal contacts are two: a CLEARED that acts
 * mails two. Every absence is checked after a marker on the demand's partition.
 */
class StatusAcceptanceFlowTest extends ServiceTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    KafkaTestClient kafka;
    StatusTopic statuses;
    final String demandId = UUID.randomUUID().toString();

    @BeforeEach
    void contosoIsPublished() {
        kafka = kafka();
        statuses = new StatusTopic(kafka, jdbc, broker.getPartitionsPerTopic());
        publishContoso(kafka);
    }

    @Test
    void a_clearance_across_a_gap_is_held_until_the_missing_version_is_published_again() {
        demandArrives();
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, 3, SecrecyStatus.CLEARED);
        statuses.awaitHandled(demandId);
        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isZero();
        assertThat(statuses.appliedVersion(demandId)).contains(1);

        statuses.send(demandId, 2, SecrecyStatus.PENDING_REVIEW);

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 2);
        assertThat(statuses.appliedVersion(demandId)).contains(3);
        assertThat(jdbc.sql("SELECT DISTINCT status_version FROM notice WHERE demand_id = ?").param(demandId)
                .query(Integer.class).list()).containsExactly(3);
    }

    @Test
    void a_clearance_held_until_its_demand_arrives_plans_its_notices_in_the_trace_of_the_decision() {
        String decisionTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.sendTraced(demandId, 2, SecrecyStatus.CLEARED, "00-" + decisionTrace + "-00f067aa0ba902b7-01");
        statuses.awaitHandled(demandId);
        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isZero();

        demandArrives(); // its record carries no trace: it starts one of its own

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 2);
        assertThat(jdbc.sql("SELECT split_part(trace_parent, '-', 2) FROM notice WHERE demand_id = ?")
                .param(demandId).query(String.class).list()).hasSize(2).containsOnly(decisionTrace);
    }

    @Test
    void a_clearance_that_arrives_before_its_predecessor_acts_once_the_predecessor_arrives() {
        demandArrives();
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 2);
        assertThat(statuses.appliedVersion(demandId)).contains(2);
    }

    @Test
    void a_clearance_resent_late_after_a_newer_restriction_never_opens_the_gate() {
        demandArrives();
        statuses.send(demandId, 3, SecrecyStatus.RESTRICTED);
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        statuses.awaitHandled(demandId);

        assertThat(statuses.appliedVersion(demandId)).contains(3);
        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_identical_redelivery_changes_nothing_and_is_no_incident() {
        demandArrives();
        SecrecyStatusChanged cleared = AvroRecords.status(demandId, CUSTOMER, 2, SecrecyStatus.CLEARED, false);
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, cleared);
        await().atMost(PATIENCE).until(() -> noticesOf(demandId, "SENT") == 2);

        statuses.send(demandId, cleared);
        statuses.awaitHandled(demandId);

        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isEqualTo(2);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM integrity_incident").query(Integer.class).single()).isZero();
    }

    @Test
    void a_version_jump_holds_every_later_clearance_yet_a_genuine_restriction_still_applies() {
        demandArrives();
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, Integer.MAX_VALUE, SecrecyStatus.CLEARED);
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        statuses.send(demandId, 3, SecrecyStatus.RESTRICTED);
        statuses.send(demandId, 4, SecrecyStatus.CLEARED);
        statuses.awaitHandled(demandId);

        assertThat(statuses.appliedVersion(demandId)).contains(3);
        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_status_before_its_demand_is_held_and_acts_when_the_demand_arrives() {
        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        statuses.awaitHandled(demandId);
        assertThat(statuses.appliedVersion(demandId)).as("the restriction closed at once").contains(1);
        assertThat(noticesOf(demandId, "PENDING", "SENDING", "SENT", "FAILED", "CANCELLED")).isZero();

        demandArrives();

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 2);
        assertThat(statuses.appliedVersion(demandId)).contains(2);
    }

    private void demandArrives() {
        demandArrives(kafka, demandId, CUSTOMER);
    }
}
