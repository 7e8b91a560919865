package org.demandflow.notification;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One thread that runs a dispatcher's passes one after another, woken by a signal rather than a clock: a pass runs
 * when {@link #wake()} is called (or {@link #wakeAfterCommit()}, once the transaction that made something due has
 * committed), when the wait the previous pass asked for is over, and at the latest one {@code backstop} after the
 * previous pass (what a missed signal costs, and how a retry that came due is found). Only one pass runs at a time;
 * a wake during a pass causes one more pass after it (wakes are not lost, and several coalesce into one). A pass
 * that fails is logged and the loop waits the backstop. {@link #stop()} lets the pass under way finish (up to
 * {@code STOP_PATIENCE}, then interrupts it) and ends the thread.
 */
public final class DispatchLoop {

    private static final Logger log = LoggerFactory.getLogger(DispatchLoop.class);

    private static final Duration STOP_PATIENCE = Duration.ofSeconds(30);

    private final String name;
    private final Duration backstop;
    private final Supplier<Duration> pass;
    private final Object signal = new Object();
    private boolean woken;
    private boolean running;
    private Thread thread;

    /**
     * @param name     the thread's name
     * @param backstop the longest wait between two passes
     * @param pass     runs one pass; answers how long the next may wait at most when no wake comes (capped at
     *                 the backstop: zero for at once, e.g. when the pass had more work than it took up)
     */
    public DispatchLoop(String name, Duration backstop, Supplier<Duration> pass) {
        this.name = name;
        this.backstop = backstop;
        this.pass = pass;
    }

    /** A pass soon: at once when none runs, else right after the one under way. */
    public void wake() {
        synchronized (signal) {
            woken = true;
            signal.notifyAll();
        }
    }

    /** {@link #wake()} once the current transaction commits (nothing if it rolls back); at once outside one. */
    public void wakeAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            wake();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                wake();
            }
        });
    }

    /** Starts the thread; its first pass runs at once. */
    public void start() {
        synchronized (signal) {
            if (running) {
                return;
            }
            running = true;
            woken = true;
            thread = new Thread(this::loop, name);
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Ends the thread once the pass under way (if any) is over. */
    public void stop() {
        Thread ending;
        synchronized (signal) {
            running = false;
            signal.notifyAll();
            ending = thread;
            thread = null;
        }
        if (ending != null) {
            join(ending);
        }
    }

    public boolean isRunning() {
        synchronized (signal) {
            return running;
        }
    }

    private void loop() {
        Duration wait = Duration.ZERO;
        while (awaitWake(wait)) {
            wait = runPass();
        }
    }

    /** Waits for a wake, the wait asked for or the backstop, whichever comes first; false once stopped. */
    private boolean awaitWake(Duration asked) {
        long deadline = System.nanoTime() + Math.min(asked.toNanos(), backstop.toNanos());
        synchronized (signal) {
            try {
                for (long left = deadline - System.nanoTime(); running && !woken && left > 0;
                        left = deadline - System.nanoTime()) {
                    TimeUnit.NANOSECONDS.timedWait(signal, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            woken = false;
            return running;
        }
    }

    private Duration runPass() {
        try {
            return pass.get();
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
