package org.demandflow.perf.load;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs an action a number of times at a fixed rate, each time with its scheduled moment (epoch
 * microseconds): a latency measured from that moment counts the time a late send waited, so a stall of
 * the sender is not hidden (no coordinated omission).
 */
public final class FixedRate {

    /** One scheduled action. */
    @FunctionalInterface
    public interface Action {
        void run(int index, long scheduledMicros) throws Exception;
    }

    private FixedRate() {
    }

    /** Runs {@code action} {@code count} times, {@code perSecond} a second, from now. */
    public static void run(int count, int perSecond, Action action) throws Exception {
        long startNanos = System.nanoTime();
        long startMicros = TimeUnit.MILLISECONDS.toMicros(System.currentTimeMillis());
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        for (int i = 0; i < count; i++) {
            long due = startNanos + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            action.run(i, startMicros + TimeUnit.NANOSECONDS.toMicros(i * intervalNanos));
        }
    }
}
