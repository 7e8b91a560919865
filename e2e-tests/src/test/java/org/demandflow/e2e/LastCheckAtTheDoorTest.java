package org.demandflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.e2e.support.ConsumerProgress;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.FourEyes;
import org.demandflow.e2e.support.Mailbox;
import org.demandflow.e2e.support.NoticeLedger;
import org.demandflow.e2e.support.NoticeLedger.Recorded;
import org.demandflow.e2e.support.OpenDemands;
import org.demandflow.e2e.support.ReviewApi;
import org.demandflow.e2e.support.Stack;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Safety rule 9 across processes: a restriction applied while the SMTP server still holds an earlier mail of
 * the same demand stops every mail not yet handed over. The SMTP relay holds the first mail at its end until
 * notification-service has committed past the restricting status; the one in flight may arrive (the one
 * documented window), the other is cancelled, never sent.
 */
class LastCheckAtTheDoorTest {

    static Stack stack;
    static Events events;
    static ConsumerProgress progress;
    static ReviewApi reviewer;
    static FourEyes fourEyes;
    static NoticeLedger notices;
    static Mailbox mailbox;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
        events = new Events(stack, List.of("demands", "demand-secrecy-status"));
        progress = new ConsumerProgress(stack);
        reviewer = new ReviewApi(stack.review, "reviewer");
        fourEyes = new FourEyes(stack.review);
        notices = new NoticeLedger(stack.notification);
        mailbox = new Mailbox(stack.mail);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        stack.smtp.holdWith(recipient -> null);
        progress.close();
        events.close();
    }

    @Test
    void a_restriction_applied_while_an_earlier_mail_is_in_flight_stops_every_mail_not_yet_handed_over() {
        String customer = Demands.newCustomer();
        String domain = "@" + customer + ".example";
        CompletableFuture<String> atTheDoor = new CompletableFuture<>();
        CompletableFuture<Void> release = new CompletableFuture<>();
        stack.smtp.holdWith(recipient -> recipient.endsWith(domain) && atTheDoor.complete(recipient) ? release : null);
        String demandId = new OpenDemands(stack, events).of(Demands.directoryWithDeputy(customer));

        fourEyes.decided(reviewer.noSecrecyOrder(demandId));
        String inFlight = atTheDoor.orTimeout(60, TimeUnit.SECONDS).join();
        reviewer.fullOrder(demandId, "2:26-mj-at-the-door", null);
        ConsumerRecord<String, Object> restricted = await("RESTRICTED of " + demandId).atMost(Duration.ofSeconds(60))
                .until(() -> latest(demandId, SecrecyStatus.RESTRICTED), r -> r != null);
        progress.awaitConsumed(ConsumerProgress.NOTIFICATION, restricted.topic(), restricted.partition(),
                restricted.offset());
        release.complete(null);

        String other = inFlight.equals(Demands.legal(customer)) ? Demands.deputy(customer) : Demands.legal(customer);
        await("the mail in flight").atMost(Duration.ofSeconds(30)).until(() -> mailbox.to(inFlight).size() == 1);
        assertThat(notices.forDemand(demandId)).as("the notice not yet handed over was cancelled")
                .filteredOn(notice -> notice.recipientEmail().equals(other))
                .extracting(Recorded::state).containsExactly("CANCELLED");
        assertThat(mailbox.to(other)).as("never sent").isEmpty();
    }

    private static ConsumerRecord<String, Object> latest(String demandId, SecrecyStatus status) {
        return events.records("demand-secrecy-status").stream()
                .filter(r -> r.value() instanceof SecrecyStatusChanged s && s.getDemandId().equals(demandId)
                        && s.getStatus() == status)
                .reduce((first, second) -> second).orElse(null);
    }
}
