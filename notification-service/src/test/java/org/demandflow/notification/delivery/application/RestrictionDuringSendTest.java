package org.demandflow.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.contoso;
import static org.demandflow.notification.support.Fixtures.demand;
import static org.demandflow.notification.support.Fixtures.status;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.support.DispatcherTest;
import org.demandflow.notification.support.AvroRecords;
import org.demandflow.notification.support.HoldingSmtpRelay;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Safety rule 9, the case: one customer's demands are cleared at once, and while the first mail
 * is held in its SMTP transaction some of the demands are restricted. Every notice not yet handed over
 * when its restriction is applied is cancelled and never mailed.
 */
class RestrictionDuringSendTest extends DispatcherTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String STATUS_BINDING = "secrecyStatus-in-0";

    @Autowired GateKeeper gate;
    @Autowired Demands demands;
    @Autowired CustomerDirectories directories;
    @Autowired Notices notices;
    @Autowired NoticeDispatcher dispatcher;
    @Autowired TransactionTemplate transactions;
    @Autowired JavaMailSenderImpl mailSender;
    @Autowired BindingsLifecycleController bindings;

    /** Cleared first, so its first notice is the one held at the SMTP server. */
    final DemandId held = DemandId.random();
    final List<DemandId> stayCleared = List.of(DemandId.random(), DemandId.random());
    final List<DemandId> restricted = List.of(DemandId.random(), DemandId.random(), DemandId.random());

    @Test
    void a_restriction_applied_while_an_earlier_mail_of_the_sweep_is_held_stops_every_notice_of_its_demand()
            throws Exception {
        directories.replace(contoso());
        clearAllAtOnce();
        HoldingSmtpRelay.Hold hold = RELAY.holdNextMessage();

        CompletableFuture<Void> sweep = CompletableFuture.runAsync(dispatcher::dispatchDue);
        hold.awaitSendHeld(PATIENCE);
        restricted.forEach(demandId -> gate.apply(status(demandId, 3, SecrecyStatus.RESTRICTED)));
        hold.release();
        sweep.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        dispatcher.dispatchDue();

        assertThat(noticesOf(all())).as("every notice concluded").extracting(Notice::state)
                .allMatch(NoticeState::isFinal);
        assertOnlyTheRestrictedDemandsWereStopped();
    }

    /**
     * The fault harness's case: the restriction is published while the first mail is held, but the status
     * consumer has not read it when the mail finally goes. The sweep's look at the status backlog is older than
     * the backlog horizon by then, so it is taken again and measured against the topic as it is now.
     */
    @Test
    void a_restriction_still_unread_when_a_long_held_mail_goes_stops_every_notice_of_its_demand() throws Exception {
        directories.replace(contoso());
        clearAllAtOnce();
        HoldingSmtpRelay.Hold hold = RELAY.holdNextMessage();

        CompletableFuture<Void> sweep = CompletableFuture.runAsync(dispatcher::dispatchDue);
        hold.awaitSendHeld(PATIENCE);
        bindings.stop(STATUS_BINDING);
        try {
            restricted.forEach(demandId -> kafka().send("demand-secrecy-status", demandId.toString(),
                    AvroRecords.status(demandId.toString(), CUSTOMER, 3,
                            org.demandflow.events.SecrecyStatus.RESTRICTED, false)));
            clock.advance(Duration.ofDays(2)); // held longer than the backlog horizon
            hold.release();
            sweep.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } finally {
            bindings.start(STATUS_BINDING);
        }
        // Sweeps, as the scheduler would, until the consumer has read the restrictions and committed its offsets.
        await().atMost(PATIENCE).until(() -> {
            dispatcher.dispatchDue();
            return noticesOf(all()).stream().allMatch(notice -> notice.state().isFinal());
        });

        assertOnlyTheRestrictedDemandsWereStopped();
    }

    @Test
    void the_one_smtp_transaction_a_restriction_cannot_stop_is_bounded_by_timeouts() {
        assertThat(Stream.of("mail.smtp.connectiontimeout", "mail.smtp.timeout", "mail.smtp.writetimeout")
                .map(mailSender.getJavaMailProperties()::getProperty))
                .allSatisfy(millis -> assertThat(millis).isNotNull().containsOnlyDigits())
                .allSatisfy(millis -> assertThat(Integer.parseInt(millis)).isBetween(1, 10_000));
    }

    /** Every notice of a restricted demand was cancelled and never mailed; the cleared demands were mailed. */
    private void assertOnlyTheRestrictedDemandsWereStopped() {
        assertThat(noticesOf(restricted.stream())).extracting(Notice::state)
                .containsExactly(Collections.nCopies(6, NoticeState.CANCELLED).toArray(NoticeState[]::new));
        assertThat(mailedMessageIds()).as("mails of the restricted demands")
                .doesNotContainAnyElementsOf(messageIds(restricted.stream()))
                .as("mails of the cleared demands").containsAll(messageIds(Stream.concat(Stream.of(held),
                        stayCleared.stream())));
    }

    /** Cleared one after another (oldest first: the held demand), due all at once when their facts arrive. */
    private void clearAllAtOnce() {
        Instant start = clock.instant();
        List<DemandId> cleared = all().toList();
        for (int i = 0; i < cleared.size(); i++) {
            clock.set(start.plusSeconds(i));
            gate.apply(status(cleared.get(i), 1, SecrecyStatus.PENDING_REVIEW));
            gate.apply(status(cleared.get(i), 2, SecrecyStatus.CLEARED));
        }
        clock.set(start.plusSeconds(60));
        dispatcher.dispatchDue(); // nothing is due yet: a first look at the status backlog
        transactions.executeWithoutResult(tx -> cleared.forEach(demandId ->
                demands.record(List.of(demand(demandId, CUSTOMER)))));
    }

    private Stream<DemandId> all() {
        return Stream.of(Stream.of(held), stayCleared.stream(), restricted.stream()).flatMap(demands -> demands);
    }

    private List<Notice> noticesOf(Stream<DemandId> demandIds) {
        return demandIds.flatMap(demandId -> notices.forDemand(demandId).stream()).toList();
    }

    private List<String> messageIds(Stream<DemandId> demandIds) {
        return noticesOf(demandIds).stream().map(notice -> "<notice-" + notice.id() + "@demandflow>").toList();
    }

    private List<String> mailedMessageIds() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(RestrictionDuringSendTest::messageId).toList();
    }

    private static String messageId(MimeMessage mail) {
        try {
            return mail.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
