package org.demandflow.e2e.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the steps of the trials on a scheduler: a step that answers false or throws (a service is
 * down, the broker restarts) is tried again a second later, until its deadline; then the trial
 * records the step as its problem and goes no further.
 */
final class Steps {

    private static final Logger log = LoggerFactory.getLogger(Steps.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final ScheduledExecutorService scheduler;
    private final Duration patience;

    Steps(ScheduledExecutorService scheduler, Duration patience) {
        this.scheduler = scheduler;
        this.patience = patience;
    }

    /** Runs the step after the delay, retried until it succeeds, then the next one. */
    void after(Duration delay, Trial trial, String what, Callable<Boolean> step, Runnable next) {
        Instant deadline = Instant.now().plus(delay).plus(patience);
        scheduler.schedule(() -> attempt(trial, what, step, next, deadline), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void attempt(Trial trial, String what, Callable<Boolean> step, Runnable next, Instant deadline) {
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
            scheduler.schedule(() -> attempt(trial, what, step, next, deadline), RETRY.toMillis(),
                    TimeUnit.MILLISECONDS);
        } else {
            trial.problem = what + " did not succeed within " + patience;
            log.warn("trial {} ({}) gave up: {}", trial.index, trial.scenario, trial.problem);
        }
    }
}
