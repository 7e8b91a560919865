package org.demandflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dispatchers' loop: woken, it runs a pass at once though its backstop is an hour (far longer than any wait
 * here), a wake during a pass is not lost, and stopping ends its thread.
 */
class DispatchLoopTest {

    static final Duration BACKSTOP = Duration.ofHours(1);
    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final String NAME = "test-dispatcher";

    final AtomicInteger passes = new AtomicInteger();
    DispatchLoop loop;

    @AfterEach
    void stopped() {
        loop.stop();
        TransactionSynchronizationManager.unbindResourceIfPossible(loop);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void a_wake_runs_a_pass_at_once_without_waiting_for_the_backstop() {
        loop = started(counting());
        awaitPasses(1);

        loop.wake();

        awaitPasses(2);
    }

    @Test
    void a_wake_during_a_pass_causes_one_more_pass_after_it() throws Exception {
        CountDownLatch inSecondPass = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        loop = started(() -> {
            if (passes.incrementAndGet() == 2) {
                inSecondPass.countDown();
                awaitQuietly(release);
            }
            return BACKSTOP;
        });
        awaitPasses(1);
        loop.wake();
        assertThat(inSecondPass.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        loop.wake();
        release.countDown();

        awaitPasses(3);
    }

    @Test
    void a_wake_runs_a_pass_of_every_worker_while_one_of_them_is_busy() throws Exception {
        AtomicInteger[] byWorker = {new AtomicInteger(), new AtomicInteger()};
        CountDownLatch release = new CountDownLatch(1);
        loop = new DispatchLoop(NAME, BACKSTOP, 2, worker -> {
            if (byWorker[worker].incrementAndGet() == 2 && worker == 0) {
                awaitQuietly(release);
            }
            return BACKSTOP;
        });
        loop.start();
        await().atMost(PATIENCE).until(() -> byWorker[0].get() == 1 && byWorker[1].get() == 1);

        loop.wake();
        await().atMost(PATIENCE).until(() -> byWorker[0].get() == 2 && byWorker[1].get() == 2);
        loop.wake();

        await().atMost(PATIENCE).until(() -> byWorker[1].get() == 3);
        assertThat(byWorker[0].get()).as("worker 0 is still in its second pass").isEqualTo(2);
        release.countDown();
        await().atMost(PATIENCE).until(() -> byWorker[0].get() == 3);
    }

    @Test
    void a_pass_that_asks_for_the_next_at_once_gets_it_without_a_wake() {
        loop = started(() -> passes.incrementAndGet() < 3 ? Duration.ZERO : BACKSTOP);

        awaitPasses(3);
    }

    @Test
    void a_failed_pass_leaves_the_loop_running() {
        loop = started(() -> {
            if (passes.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
            return BACKSTOP;
        });
        awaitPasses(1);

        loop.wake();

        awaitPasses(2);
    }

    @Test
    void a_wake_after_commit_is_deferred_to_the_commit_of_the_transaction() {
        loop = started(counting());
        awaitPasses(1);
        TransactionSynchronizationManager.initSynchronization();

        loop.wakeAfterCommit();
        loop.wakeAfterCommit();

        assertThat(TransactionSynchronizationManager.getSynchronizations())
                .as("registered once for the transaction, not rung").hasSize(1);
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        awaitPasses(2);
        TransactionSynchronizationManager.getSynchronizations().forEach(sync -> sync.afterCompletion(
                TransactionSynchronization.STATUS_COMMITTED));
        assertThat(TransactionSynchronizationManager.hasResource(loop)).as("the next transaction registers again")
                .isFalse();
    }

    @Test
    void stopping_waits_for_the_pass_under_way_and_ends_the_thread() throws Exception {
        CountDownLatch inPass = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        loop = started(() -> {
            passes.incrementAndGet();
            inPass.countDown();
            awaitQuietly(release);
            return BACKSTOP;
        });
        assertThat(inPass.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(loop::stop);
        release.countDown();
        stopping.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(loop.isRunning()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals(NAME));
        assertThat(passes).hasValue(1);
    }

    private DispatchLoop started(Supplier<Duration> pass) {
        DispatchLoop started = new DispatchLoop(NAME, BACKSTOP, pass);
        started.start();
        return started;
    }

    private Supplier<Duration> counting() {
        return () -> {
            passes.incrementAndGet();
            return BACKSTOP;
        };
    }

    private void awaitPasses(int count) {
        await().atMost(PATIENCE).until(() -> passes.get() >= count);
        assertThat(passes).hasValue(count);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
