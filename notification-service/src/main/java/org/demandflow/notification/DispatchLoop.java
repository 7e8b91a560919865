package org.demandflow.notification;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One thread (or a few workers, each its own thread) that runs a dispatcher's passes one after another, woken by a
 * signal rather than a clock: a pass runs when {@link #wake()} is called (or {@link #wakeAfterCommit()}, once the
 * transaction that made something due has committed), when the wait the previous pass asked for is over, and at the
 * latest one {@code backstop} after the previous pass (what a missed signal costs, and how a retry that came due is
 * found). Only one pass runs at a time per thread; a wake wakes every thread, and a wake during a pass causes one
 * more pass after it (wakes are not lost, and several coalesce into one). A pass that fails is logged and the loop
 * waits the backstop. {@link #stop()} lets the passes under way finish (up to {@code STOP_PATIENCE}, then interrupts
 * them) and ends the threads.
 */
public final class DispatchLoop {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final String name;
    private final Duration backstop;
    private final IntFunction<Duration> pass;
    private final Object signal = new Object();
    /** Per thread: whether a wake came since its pass began. */
    private final boolean[] woken;
    private boolean running;
    private List<Thread> threads = List.of();

    /**
     * @param name     the thread's name
     * @param backstop the longest wait between two passes
     * @param pass     runs one pass; answers how long the next may wait at most when no wake comes (capped at
     *                 the backstop: zero for at once, e.g. when the pass had more work than it took up)
     */
    public DispatchLoop(String name, Duration backstop, Supplier<Duration> pass) {
        this(name, backstop, 1, worker -> pass.get());
    }

    /**
     * A loop of {@code workers} threads, each running its own passes ({@code pass} is given the thread's number,
     * from 0); a wake wakes every one of them.
     */
    public DispatchLoop(String name, Duration backstop, int workers, IntFunction<Duration> pass) {
        if (workers < 1) {
            throw new IllegalArgumentException("a dispatch loop has at least one worker, was " + workers);
        }
        this.name = name;
        this.backstop = backstop;
        this.pass = pass;
        this.woken = new boolean[workers];
    }

    /** A pass of each thread soon: at once when it runs none, else right after the one under way. */
    public void wake() {
        synchronized (signal) {
            Arrays.fill(woken, true);
            signal.notifyAll();
        }
    }

    /**
     * {@link #wake()} once the current transaction commits (nothing if it rolls back); at once outside one. A
     * transaction that calls it many times (a poll of 500 statuses) wakes the loop once.
     */
    public void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(DispatchLoop.this);
            }
        });
    }

    /** Starts the threads; their first passes run at once. */
    public void start() {
        synchronized (signal) {
            if (running) {
                return;
            }
            running = true;
            Arrays.fill(woken, true);
            List<Thread> started = new ArrayList<>();
            for (int worker = 0; worker < woken.length; worker++) {
                int number = worker;
                Thread thread = new Thread(() -> loop(number), woken.length == 1 ? name : name + "-" + worker);
                thread.setDaemon(true);
                thread.start();
                started.add(thread);
            }
            threads = List.copyOf(started);
        }
    }

    /** Ends the threads once the passes under way (if any) are over. */
    public void stop() {
        List<Thread> ending;
        synchronized (signal) {
            running = false;
            signal.notifyAll();
            ending = threads;
            threads = List.of();
        }
        ending.forEach(this::join);
    }

    public boolean isRunning() {
        synchronized (signal) {
            return running;
        }
    }

    private void loop(int worker) {
        Duration wait = Duration.ZERO;
        while (awaitWake(worker, wait)) {
            wait = runPass(worker);
        }
    }

    /** Waits for a wake, the wait asked for or the backstop, whichever comes first; false once stopped. */
    private boolean awaitWake(int worker, Duration asked) {
        long deadline = System.nanoTime() + Math.min(asked.toNanos(), backstop.toNanos());
        synchronized (signal) {
            try {
                for (long left = deadline - System.nanoTime(); running && !woken[worker] && left > 0;
                        left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            woken[worker] = false;
            return running;
        }
    }

    private Duration runPass(int worker) {
        try {
            return pass.apply(worker);
        } catch (RuntimeException e) {
            log.warn("Dispatch pass of {} failed ({}); next pass on a wake or in {}", name, e.toString(), backstop);
            return backstop;
        }
    }

    private void join(Thread ending) {
        try {
            ending.join(STOP_PATIENCE.toMillis());
            if (ending.isAlive()) {
                log.warn("Dispatch pass of {} still running after {}; interrupted", name, STOP_PATIENCE);
                ending.interrupt();
                ending.join(STOP_PATIENCE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
