package org.demandflow.notification.delivery.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;
import static org.demandflow.notification.support.Fixtures.contoso;
import static org.demandflow.notification.support.Fixtures.demand;
import static org.demandflow.notification.support.Fixtures.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.demandflow.notification.delivery.Delivery;
import org.demandflow.notification.delivery.Notice;
import org.demandflow.notification.delivery.NoticeState;
import org.demandflow.notification.delivery.Notices;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.application.GateKeeper;
import org.demandflow.notification.support.DispatcherTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The hand-over, the last check at the door (safety rule 9): a notice a sweep has taken up but not yet
 * handed over is cancelled by a restriction, and the check itself, under the status lock, refuses what
 * the demand's latest status no longer permits, waiting for a status being applied. A demand's notices are
 * handed over one at a time, also by two instances (two ledgers on one database, as here two threads): a
 * restriction then finds at most one mail of the demand on its way, however many instances run.
 */
class HandOverTest extends DispatcherTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Autowired DeliveryLedger ledger;
    @Autowired NoticeDispatcher dispatcher;
    @Autowired GateKeeper gate;
    @Autowired Demands demands;
    @Autowired CustomerDirectories directories;
    @Autowired Notices notices;
    @Autowired TransactionTemplate transactions;

    final DemandId demandId = DemandId.random();

    @BeforeEach
    void aClearedDemand() {
        directories.replace(contoso());
        demands.record(List.of(demand(demandId, CUSTOMER)));
        gate.apply(status(demandId, 1, SecrecyStatus.PENDING_REVIEW));
        gate.apply(status(demandId, 2, SecrecyStatus.CLEARED));
    }

    @Test
    void a_notice_taken_up_by_a_sweep_but_not_yet_handed_over_is_cancelled_by_a_restriction() {
        List<Notice> takenUp = ledger.due(0, 1);
        assertThat(takenUp).hasSize(2);

        gate.apply(status(demandId, 3, SecrecyStatus.RESTRICTED));

        assertThat(takenUp).allSatisfy(notice -> assertThat(ledger.handOver(notice)).isEmpty());
        dispatcher.dispatchDue();
        assertThat(notices.forDemand(demandId)).extracting(Notice::state).containsOnly(NoticeState.CANCELLED);
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_check_at_the_door_refuses_a_notice_its_latest_status_no_longer_permits() {
        Notice crashedMidSend = leftSendingByACrash();
        gate.apply(status(demandId, 3, SecrecyStatus.RESTRICTED));
        assertThat(state(crashedMidSend)).as("handed over once: not cancelled by the restriction")
                .isEqualTo(NoticeState.SENDING);

        assertThat(ledger.handOver(crashedMidSend)).isEmpty();

        assertThat(notices.find(crashedMidSend.id())).get().satisfies(notice -> {
            assertThat(notice.state()).isEqualTo(NoticeState.CANCELLED);
            assertThat(notice.reason()).isEqualTo("NO_LONGER_PERMITTED");
        });
    }

    @Test
    void a_hand_over_waits_for_a_restriction_being_applied_and_then_refuses_the_notice() throws Exception {
        Notice crashedMidSend = leftSendingByACrash();
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> restriction = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            gate.apply(status(demandId, 3, SecrecyStatus.RESTRICTED));
            applied.countDown();
            awaitQuietly(commit);
        }));
        assertThat(applied.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Optional<Delivery>> handOver = CompletableFuture.supplyAsync(
                () -> ledger.handOver(crashedMidSend));
        await().atMost(PATIENCE).until(this::aTransactionWaitsForALock);
        commit.countDown();
        restriction.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(handOver.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEmpty();
        assertThat(state(crashedMidSend)).isEqualTo(NoticeState.CANCELLED);
    }

    @Test
    void a_demands_notices_are_handed_over_one_at_a_time_even_by_two_instances() {
        List<Notice> takenUp = ledger.due(0, 1);
        assertThat(takenUp).as("both notices of the demand, taken up by each instance's sweep").hasSize(2);
        Delivery first = ledger.handOver(takenUp.get(0)).orElseThrow();

        assertThat(ledger.due(0, 1)).as("nothing of the demand is due while one of its notices is in flight").isEmpty();
        assertThat(ledger.handOver(takenUp.get(1))).as("the other instance's hand-over").isEmpty();
        assertThat(state(takenUp.get(1))).isEqualTo(NoticeState.PENDING);

        ledger.recordSent(first.notice());
        assertThat(ledger.handOver(takenUp.get(1))).isPresent();
    }

    @Test
    void a_second_hand_over_of_the_demand_waits_for_the_first_and_then_finds_its_notice_in_flight() throws Exception {
        List<Notice> takenUp = ledger.due(0, 1);
        CountDownLatch handedOver = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Optional<Delivery>> first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
            Optional<Delivery> delivery = ledger.handOver(takenUp.get(0));
            handedOver.countDown();
            awaitQuietly(commit);
            return delivery;
        }));
        assertThat(handedOver.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Optional<Delivery>> second = CompletableFuture.supplyAsync(
                () -> ledger.handOver(takenUp.get(1)));
        await().atMost(PATIENCE).until(this::aTransactionWaitsForALock);
        commit.countDown();

        assertThat(first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isPresent();
        assertThat(second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEmpty();
        assertThat(state(takenUp.get(1))).isEqualTo(NoticeState.PENDING);
    }

    /** One notice of the demand as a crash after its hand-over left it: SENDING, its lease run out. */
    private Notice leftSendingByACrash() {
        Notice notice = notices.forDemand(demandId).get(0);
        jdbc.sql("UPDATE notice SET state = 'SENDING', attempts = 1, lease_until = ? WHERE id = ?::uuid")
                .params(Timestamp.from(clock.instant().minusSeconds(1)), notice.id()).update();
        return notices.find(notice.id()).orElseThrow();
    }

    private NoticeState state(Notice notice) {
        return notices.find(notice.id()).orElseThrow().state();
    }

    private boolean aTransactionWaitsForALock() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND wait_event_type = 'Lock'").query(Long.class).single() > 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
