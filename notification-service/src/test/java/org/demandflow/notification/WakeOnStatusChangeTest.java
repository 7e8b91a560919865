package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.contoso;
import static org.demandflow.notification.support.Fixtures.demand;
import static org.demandflow.notification.support.Fixtures.status;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.ResponseStage;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.DispatcherTest;
import org.demandflow.notification.support.HoldingSmtpRelay;
import org.demandflow.notification.support.StatusTopic;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * The notice dispatcher wakes on a status change (issue 14): its backstop between sweeps is a day here, far longer
 * than any wait of these tests, so every mail that arrives was sent by a sweep a commit woke. The last check at the
 * door (rule 9) still holds a woken sweep: a restriction waiting unread in the topic stops the notices. Letters to
 * the agency wake their dispatcher the same way.
 */
class WakeOnStatusChangeTest extends DispatcherTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String STATUS_BINDING = "secrecyStatus-in-0";

    @Autowired BindingsLifecycleController bindings;
    @Autowired GateKeeper gate;
    @Autowired Demands demands;
    @Autowired CustomerDirectories directories;
    @Autowired Notices notices;
    @Autowired MeterRegistry meters;

    @AfterEach
    void dispatcherStoppedAndStatusConsumerRunning() {
        noticeDispatcher.stop();
        letterDispatcher.stop();
        bindings.start(STATUS_BINDING);
    }

    @Test
    void a_status_that_permits_telling_is_mailed_without_waiting_for_the_backstop() {
        noticeDispatcher.start();
        String demandId = UUID.randomUUID().toString();
        StatusTopic statuses = new StatusTopic(kafka(), jdbc, broker.getPartitionsPerTopic());
        publishContoso(kafka());
        demandArrives(kafka(), demandId, CUSTOMER);

        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);

        await().atMost(PATIENCE).until(() -> SMTP.getReceivedMessages().length == 2);
        // a notice is recorded SENT just after the SMTP server accepted its mail, in a transaction of its own
        await().atMost(PATIENCE).until(() -> noticesOf(demandId, "SENT") == 2);
    }

    /**
     * A clearance that came before its demand is held (rule 8) and its notices are planned in the transaction that
     * records the demand's facts: that planning wakes the dispatcher, so the mail leaves without the backstop although
     * a demand's arrival alone wakes no sweep.
     */
    @Test
    void a_clearance_held_until_its_demand_arrives_is_mailed_without_waiting_for_the_backstop() {
        noticeDispatcher.start();
        String demandId = UUID.randomUUID().toString();
        StatusTopic statuses = new StatusTopic(kafka(), jdbc, broker.getPartitionsPerTopic());
        publishContoso(kafka());

        statuses.send(demandId, 1, SecrecyStatus.PENDING_REVIEW);
        statuses.send(demandId, 2, SecrecyStatus.CLEARED);
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM status_version WHERE demand_id = ?")
                .param(demandId).query(Integer.class).single() == 2);
        assertThat(noticesOf(demandId, "PENDING")).as("held until the demand arrives: nothing planned").isZero();
        demandArrives(kafka(), demandId, CUSTOMER);

        await().atMost(PATIENCE).until(() -> noticesOf(demandId, "SENT") == 2);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void a_restriction_waiting_unread_holds_a_woken_sweep_until_it_cancels_the_notices() {
        DemandId demandId = DemandId.random();
        directories.replace(contoso());
        demands.record(List.of(demand(demandId, CUSTOMER)));
        bindings.stop(STATUS_BINDING);
        new StatusTopic(kafka(), jdbc, broker.getPartitionsPerTopic())
                .send(demandId.toString(), 3, SecrecyStatus.RESTRICTED);
        noticeDispatcher.dispatchDue(); // a look at the topic that includes the unread restriction
        noticeDispatcher.start();
        double heldBefore = held();

        gate.apply(status(demandId, 1, org.demandflow.notification.gate.SecrecyStatus.PENDING_REVIEW));
        gate.apply(status(demandId, 2, org.demandflow.notification.gate.SecrecyStatus.CLEARED));

        await().atMost(PATIENCE).until(() -> held() > heldBefore);
        assertThat(SMTP.getReceivedMessages()).as("a woken sweep sends nothing while version 3 waits unread").isEmpty();
        bindings.start(STATUS_BINDING);
        await().atMost(PATIENCE).until(() -> noticesOf(demandId.toString(), "PENDING") == 0);
        assertThat(notices.forDemand(demandId)).extracting(Notice::state).containsOnly(NoticeState.CANCELLED);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_status_change_during_a_sweep_wakes_one_more_sweep_after_it() throws Exception {
        DemandId first = DemandId.random();
        DemandId second = DemandId.random();
        directories.replace(contoso());
        demands.record(List.of(demand(first, CUSTOMER)));
        demands.record(List.of(demand(second, CUSTOMER)));
        noticeDispatcher.start();
        HoldingSmtpRelay.Hold hold = RELAY.holdNextMessage();
        clear(first);
        hold.awaitSendHeld(PATIENCE);

        clear(second);
        hold.release();

        await().atMost(PATIENCE).until(() -> noticesOf(second.toString(), "SENT") == 2);
        await().atMost(PATIENCE).until(() -> noticesOf(first.toString(), "SENT") == 2);
    }

    @Test
    void a_letter_is_mailed_without_waiting_for_the_backstop_when_planned_and_when_its_demand_arrives_later() {
        letterDispatcher.start();
        KafkaTestClient kafka = kafka();
        String known = UUID.randomUUID().toString();
        String early = UUID.randomUUID().toString();
        publishContoso(kafka);
        demandArrives(kafka, known, CUSTOMER);

        kafka.send("demand-responses", known, AvroRecords.response(known, 1, ResponseStage.REDIRECT_REQUESTED, null,
                AgencyLetterKind.REDIRECT));
        kafka.send("demand-responses", early, AvroRecords.response(early, 1, ResponseStage.REDIRECT_REQUESTED, null,
                AgencyLetterKind.REDIRECT));
        await().atMost(PATIENCE).until(() -> lettersOf(known, "SENT") == 1 && lettersOf(early, "PENDING") == 1);
        demandArrives(kafka, early, CUSTOMER);

        await().atMost(PATIENCE).until(() -> lettersOf(early, "SENT") == 1);
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    private long lettersOf(String demandId, String state) {
        return jdbc.sql("SELECT count(*) FROM agency_letter WHERE demand_id = ? AND state = ?")
                .params(demandId, state).query(Long.class).single();
    }

    private void clear(DemandId demandId) {
        gate.apply(status(demandId, 1, org.demandflow.notification.gate.SecrecyStatus.PENDING_REVIEW));
        gate.apply(status(demandId, 2, org.demandflow.notification.gate.SecrecyStatus.CLEARED));
    }

    private double held() {
        return meters.counter("demandflow.notices.held").count();
    }
}
