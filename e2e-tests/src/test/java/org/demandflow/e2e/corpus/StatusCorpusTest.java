package org.demandflow.e2e.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.demandflow.contracts.access.Principal;
import org.demandflow.e2e.corpus.StatusCase.ClosedWithIncident;
import org.demandflow.e2e.corpus.StatusCase.DeadLettered;
import org.demandflow.e2e.corpus.StatusForgery.Demand;
import org.demandflow.e2e.corpus.StatusForgery.Forged;
import org.demandflow.e2e.support.ConsumerProgress;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.Mailbox;
import org.demandflow.e2e.support.NoticeLedger;
import org.demandflow.e2e.support.OpenDemands;
import org.demandflow.e2e.support.ReviewApi;
import org.demandflow.e2e.support.Stack;
import org.demandflow.events.SecrecyStatusChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken status histories never open the gate: once notification-service has committed past the
 * last forged record (everything it did about them is in its database by then), no notice is planned for any
 * demand concerned, nobody is mailed, and each case's own answer (an incident, a dead letter) is there. A
 * well-formed CLEARED next version without order-review's valid signature closes the gate (signed statuses,
 * DESIGN.md "Gate integrity").
 */
class StatusCorpusTest {

    private static final String STATUS_DLT = "demand-secrecy-status-dlt";

    static Stack stack;
    static Events events;
    static Frames frames;
    static ConsumerProgress progress;
    static ReviewApi reviewer;
    static NoticeLedger notices;
    static Mailbox mailbox;
    static GateIncidents incidents;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
        events = new Events(stack, List.of("demands", StatusForgery.TOPIC, STATUS_DLT));
        frames = new Frames(stack.registryAs(Principal.REGISTRY_ADMIN));
        progress = new ConsumerProgress(stack);
        reviewer = new ReviewApi(stack.review, "reviewer");
        notices = new NoticeLedger(stack.notification);
        mailbox = new Mailbox(stack.mail);
        incidents = new GateIncidents(stack.notification);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        progress.close();
        events.close();
    }

    static Stream<StatusCase> cases() {
        return StatusCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_hostile_status_history_never_opens_the_gate(StatusCase corpusCase) {
        Demand target = demandUnderFullOrder();
        Demand bystander = demandUnderFullOrder();
        List<Forged> forged = corpusCase.forge()
                .apply(new StatusForgery(frames, stack.statusSigner, target, bystander));

        List<RecordMetadata> written = forged.stream()
                .map(f -> events.sendBytes(StatusForgery.TOPIC, f.partition(), f.key(), f.value(), f.headers()))
                .toList();
        written.forEach(record -> progress.awaitConsumed(ConsumerProgress.NOTIFICATION, record));

        for (Demand demand : List.of(target, bystander)) {
            assertThat(notices.forDemand(demand.demandId())).as("notices of " + demand).isEmpty();
            assertThat(mailbox.toCustomer(demand.customerId())).as("mail to " + demand.customerId()).isEmpty();
        }
        if (corpusCase.answer() instanceof ClosedWithIncident closed) {
            assertThat(incidents.kindsFor(target.demandId())).as("incidents of the target").contains(closed.kind());
        } else if (corpusCase.answer() instanceof DeadLettered) {
            assertDeadLettered(forged.get(0));
        } else {
            assertThat(incidents.kindsFor(target.demandId())).as("incidents of the target").isEmpty();
        }
    }

    /** A new customer with a directory, a demand of it, and a FULL order on it applied by notification-service. */
    private static Demand demandUnderFullOrder() {
        String customer = Demands.newCustomer();
        String demandId = new OpenDemands(stack, events).of(Demands.directory(customer, true));
        SecrecyStatusChanged pending = events.await(StatusForgery.TOPIC, SecrecyStatusChanged.class,
                s -> s.getDemandId().equals(demandId) && s.getVersion() == 1);
        reviewer.fullOrder(demandId, "2:26-mj-forged", null);
        ConsumerRecord<String, Object> restricted = await("v2 of " + demandId).atMost(Duration.ofSeconds(60))
                .until(() -> version(demandId, 2), r -> r != null);
        progress.awaitConsumed(ConsumerProgress.NOTIFICATION, restricted.topic(), restricted.partition(),
                restricted.offset());
        return new Demand(demandId, customer, restricted.partition(), pending);
    }

    private static ConsumerRecord<String, Object> version(String demandId, int version) {
        return events.records(StatusForgery.TOPIC).stream()
                .filter(r -> r.value() instanceof SecrecyStatusChanged s && s.getDemandId().equals(demandId)
                        && s.getVersion() == version)
                .findFirst().orElse(null);
    }

    private static void assertDeadLettered(Forged forged) {
        ConsumerRecord<String, Object> dead = await("dead letter").atMost(Duration.ofSeconds(60))
                .until(() -> events.records(STATUS_DLT).stream()
                        .filter(r -> r.key() == null && Arrays.equals((byte[]) r.value(), forged.value()))
                        .findFirst().orElse(null), r -> r != null);
        assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
    }
}
