package org.demandflow.e2e.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of the trials on a scheduler: a step that answers false or throws (a service is
 * down, the broker restarts) is tried again a second later, until its deadline; then the trial
 * records the step as its problem and goes no further.
 */
final class Steps {

    private static final Logger log = LoggerFactory.getLogger(Steps.class);
    /** The first retry comes after a second; each later one waits twice as long, up to half a minute. */
    private static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(30);

    private final ScheduledExecutorService scheduler;
    private final Duration patience;

    Steps(ScheduledExecutorService scheduler, Duration patience) {
        this.scheduler = scheduler;
        this.patience = patience;
    }

    /** Runs the step after the delay, retried with a growing pause until it succeeds, then the next one. */
    void after(Duration delay, Trial trial, String what, Callable<Boolean> step, Runnable next) {
        start(delay, FIRST_RETRY, pause -> min(pause.multipliedBy(2), LONGEST_RETRY), trial, what, step, next);
    }

    /** Like {@link #after}, retried every {@code interval}: for a cheap check that a test waits on closely. */
    void watch(Duration interval, Trial trial, String what, Callable<Boolean> step, Runnable next) {
        start(interval, interval, UnaryOperator.identity(), trial, what, step, next);
    }

    private void start(Duration delay, Duration firstPause, UnaryOperator<Duration> nextPause, Trial trial, String what,
            Callable<Boolean> step, Runnable next) {
        Instant deadline = Instant.now().plus(delay).plus(patience);
        scheduler.schedule(() -> attempt(trial, what, step, next, deadline, firstPause, nextPause), delay.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /**
     * One try; a failed one is tried again after {@code pause}, the pause after that being {@code nextPause} of it.
     * A growing pause keeps a service that lags behind from being polled harder the more trials wait on it (every
     * waiting trial polling each second kept order-review busy answering 404s instead of catching up).
     */
    private void attempt(Trial trial, String what, Callable<Boolean> step, Runnable next, Instant deadline,
            Duration pause, UnaryOperator<Duration> nextPause) {
        boolean done;
        try {
            done = step.call();
        } catch (Exception e) {
            log.debug("trial {} step {} failed: {}", trial.index, what, e.toString());
            done = false;
        }
        if (done) {
            next.run();
        } else if (Instant.now().isBefore(deadline)) {
            Duration later = nextPause.apply(pause);
            scheduler.schedule(() -> attempt(trial, what, step, next, deadline, later, nextPause), pause.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            trial.problem = what + " did not succeed within " + patience;
            log.warn("trial {} ({}) gave up: {}", trial.index, trial.scenario, trial.problem);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
