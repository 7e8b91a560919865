package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.contoso;
import static org.demandflow.notification.support.Fixtures.demand;
import static org.demandflow.notification.support.Fixtures.status;

import java.time.Duration;
import java.util.List;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.notification.delivery.application.NoticeDispatcher;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.StatusBacklog;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binder.BinderFactory;
import org.springframework.cloud.stream.binder.ExtendedPropertiesBinder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaConsumerProperties;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.messaging.MessageChannel;

/**
 * The dispatcher sends nothing of a demand while a status of it waits unread in the topic: the
 * case of a service that applied a CLEARED, went down, and comes back to a backlog whose RESTRICTED
 * it has not read yet (found by the fault harness: the CLEARED notice left 41 s after the
 * restriction was published).
 */
class StatusBacklogTest extends ServiceTest {

    static final String STATUS_BINDING = "secrecyStatus-in-0";

    @Autowired BindingsLifecycleController bindings;
    @Autowired NoticeDispatcher dispatcher;
    @Autowired StatusBacklog backlog;
    @Autowired GateKeeper gate;
    @Autowired Demands demands;
    @Autowired CustomerDirectories directories;
    @Autowired BinderFactory binders;

    final DemandId demandId = DemandId.random();

    @AfterEach
    void statusConsumerRuns() {
        bindings.start(STATUS_BINDING);
    }

    @Test
    void a_restriction_waiting_unread_in_the_topic_holds_the_notice_of_an_applied_clearance_until_it_cancels_it() {
        directories.replace(contoso());
        demands.record(List.of(demand(demandId, CUSTOMER)));
        bindings.stop(STATUS_BINDING);
        kafka().send("demand-secrecy-status", demandId.toString(),
                AvroRecords.status(demandId.toString(), CUSTOMER, 3, SecrecyStatus.RESTRICTED, false));
        dispatcher.dispatchDue(); // a look at the topic that includes the unread restriction

        gate.apply(status(demandId, 1, org.demandflow.notification.gate.SecrecyStatus.PENDING_REVIEW));
        gate.apply(status(demandId, 2, org.demandflow.notification.gate.SecrecyStatus.CLEARED));
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(SMTP.getReceivedMessages()).as("nothing sent while version 3 waits unread").isEmpty();
        assertThat(noticesIn("PENDING")).isPositive();

        bindings.start(STATUS_BINDING);

        await().atMost(Duration.ofSeconds(30)).until(() -> noticesIn("PENDING") == 0);
        dispatcher.dispatchDue();
        assertThat(noticesIn("CANCELLED")).isPositive();
        assertThat(noticesIn("SENDING", "SENT")).isZero();
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_look_taken_long_after_the_previous_one_measures_against_the_topic_as_it_is_now() {
        bindings.stop(STATUS_BINDING);
        backlog.caughtUp(); // the previous look, before the restriction was published
        kafka().send("demand-secrecy-status", demandId.toString(),
                AvroRecords.status(demandId.toString(), CUSTOMER, 3, SecrecyStatus.RESTRICTED, false));
        clock.advance(Duration.ofSeconds(8)); // a sweep held up by one slow SMTP transaction

        assertThat(backlog.caughtUp().test(demandId))
                .as("the previous look is older than a dispatch interval; version 3 waits unread").isFalse();
    }

    @Test
    void the_status_binding_commits_after_every_poll_while_the_others_commit_once_a_second() {
        assertThat(consumerProperties(STATUS_BINDING).getAckMode())
                .as("the look at the backlog reads the status group's committed offsets").isEqualTo(AckMode.BATCH);
        for (String binding : List.of("demandFacts-in-0", "demandResponses-in-0", "customerExecutives-in-0")) {
            KafkaConsumerProperties consumer = consumerProperties(binding);
            assertThat(consumer.getAckMode()).as(binding).isEqualTo(AckMode.TIME);
            assertThat(consumer.getAckTime()).as(binding).isEqualTo(Duration.ofSeconds(1));
        }
    }

    @Test
    void statuses_and_responses_are_fetched_as_they_come_while_demands_are_fetched_in_bulk() {
        assertThat(consumerProperties(STATUS_BINDING).getConfiguration())
                .as("a status decides the gate: no fetch waits for more").doesNotContainKeys("fetch.min.bytes",
                        "fetch.max.wait.ms");
        assertThat(consumerProperties("demandResponses-in-0").getConfiguration())
                .as("a notice is worded from the responses seen when its status comes: none may lag behind it")
                .doesNotContainKeys("fetch.min.bytes", "fetch.max.wait.ms");
        assertThat(consumerProperties("demandFacts-in-0").getConfiguration())
                .containsEntry("fetch.min.bytes", "65536").containsEntry("fetch.max.wait.ms", "250");
    }

    /**
     * The properties the Kafka binder builds a binding's container from: the baseline's defaults under the binding's
     * own keys.
     */
    @SuppressWarnings("unchecked")
    private KafkaConsumerProperties consumerProperties(String binding) {
        return ((ExtendedPropertiesBinder<MessageChannel, KafkaConsumerProperties, ?>)
                binders.getBinder(null, MessageChannel.class)).getExtendedConsumerProperties(binding);
    }

    private long noticesIn(String... states) {
        return jdbc.sql("SELECT count(*) FROM notice WHERE demand_id = ? AND state = ANY(?)")
                .params(demandId.toString(), states).query(Long.class).single();
    }
}
