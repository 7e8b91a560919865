package org.demandflow.notification.gate.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.notification.support.Fixtures.CUSTOMER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.demandflow.notification.gate.SecrecyStatus;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.notification.support.ServiceTest;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What rule 8's judging relies on from the store: a locked history is the one committed last, a second lock waits
 * for the first transaction, and the versions held above the run come back with it.
 */
class JdbcStatusHistoriesTest extends ServiceTest {

    @Autowired StatusHistories histories;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    final DemandId demandId = DemandId.random();

    StatusChange status(int version, SecrecyStatus status) {
        return new StatusChange(demandId, CUSTOMER, version, status, "test", List.of(), null, Instant.now());
    }

    @Test
    void a_demand_never_seen_gets_an_empty_history() {
        StatusHistory history = transactions.execute(tx -> histories.lock(demandId));

        assertThat(history).isEqualTo(StatusHistory.empty(demandId));
    }

    @Test
    void the_versions_held_above_the_run_come_back_with_the_history() {
        transactions.executeWithoutResult(tx -> {
            StatusHistory history = histories.lock(demandId);
            StatusChange held = status(2, SecrecyStatus.CLEARED);
            histories.recordSeen(List.of(new StatusHistories.SeenVersion(held, "digest-2", TRACE)));
            histories.save(history.seen(held));
        });

        StatusHistory history = transactions.execute(tx -> histories.lock(demandId));

        assertThat(history.highestSeen()).isEqualTo(2);
        assertThat(history.appliedThrough()).isZero();
        assertThat(history.held()).containsOnlyKeys(2);
        assertThat(history.held().get(2).status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(histories.digestOf(demandId, 2)).contains("digest-2");
        assertThat(histories.traceOf(demandId, 2)).contains(TRACE);
        assertThat(histories.traceOf(demandId, 1)).isEmpty();
    }

    @Test
    void a_poll_of_demands_locks_all_their_histories_at_once_each_with_its_own_held_versions() {
        DemandId other = DemandId.random();
        DemandId unseen = DemandId.random();
        transactions.executeWithoutResult(tx -> {
            StatusChange held = status(3, SecrecyStatus.CLEARED);
            StatusChange applied = new StatusChange(other, CUSTOMER, 1, SecrecyStatus.PENDING_REVIEW, "test", List.of(),
                    null, Instant.now());
            histories.recordSeen(List.of(new StatusHistories.SeenVersion(held, "digest-3", null),
                    new StatusHistories.SeenVersion(applied, "digest-1", null)));
            histories.save(List.of(histories.lock(demandId).seen(held),
                    histories.lock(other).seen(applied).advance().history()));
        });

        Map<DemandId, StatusHistory> locked = transactions.execute(tx -> histories.lock(List.of(demandId, other, unseen)));

        assertThat(locked).containsOnlyKeys(demandId, other, unseen);
        assertThat(locked.get(demandId).highestSeen()).isEqualTo(3);
        assertThat(locked.get(demandId).held()).containsOnlyKeys(3);
        assertThat(locked.get(other).appliedThrough()).isEqualTo(1);
        assertThat(locked.get(other).held()).isEmpty();
        assertThat(locked.get(unseen)).isEqualTo(StatusHistory.empty(unseen));
        assertThat(histories.digestOf(other, 1)).contains("digest-1");
    }

    @Test
    void a_second_lock_waits_for_the_first_transaction_and_sees_what_it_saved() throws Exception {
        transactions.executeWithoutResult(tx -> histories.lock(demandId));
        CountDownLatch firstLocked = new CountDownLatch(1);
        CompletableFuture<StatusHistory> second = new CompletableFuture<>();
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            StatusHistory history = histories.lock(demandId);
            firstLocked.countDown();
            // the second transaction is blocked on the history's row (it would have answered at once otherwise)
            await().atMost(PATIENCE).until(() -> second.isDone() || waitingOnALock());
            assertThat(second).isNotDone();
            StatusChange pending = status(1, SecrecyStatus.PENDING_REVIEW);
            histories.recordSeen(List.of(new StatusHistories.SeenVersion(pending, "digest-1", null)));
            histories.save(history.seen(pending).advance().history());
        }));
        assertThat(firstLocked.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        CompletableFuture.runAsync(() -> second.complete(transactions.execute(tx -> histories.lock(demandId))));

        first.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        StatusHistory seenBySecond = second.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertThat(seenBySecond.highestSeen()).isEqualTo(1);
        assertThat(seenBySecond.appliedThrough()).isEqualTo(1);
        assertThat(seenBySecond.held()).isEmpty();
    }

    private boolean waitingOnALock() {
        return jdbc.sql("""
                SELECT count(*) FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%status_history%'""")
                .query(Long.class).single() > 0;
    }
}
