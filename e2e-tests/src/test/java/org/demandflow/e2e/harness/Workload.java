package org.demandflow.e2e.harness;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.events.DemandSubmission;

/**
 * Drives the trials: submits each at its moment in the window (some twice, as a redelivery), waits
 * for its demand, and plays its scenario against the review API with random short expiries.
 */
final class Workload {

    private static final double REDELIVERED = 0.05;

    private final HarnessSettings settings;
    private final Random random;
    private final Events events;
    private final Observations seen;
    private final ReviewSteps reviewer;
    private final Steps steps;
    final List<Trial> trials = new ArrayList<>();
    final AtomicInteger redeliveries = new AtomicInteger();

    Workload(HarnessSettings settings, Random random, String customerPrefix, Events events, Observations seen,
             ReviewSteps reviewer, Steps steps) {
        this.settings = settings;
        this.random = random;
        this.events = events;
        this.seen = seen;
        this.reviewer = reviewer;
        this.steps = steps;
        for (int i = 0; i < settings.demands(); i++) {
            String customer = customerPrefix + i;
            Scenario scenario = Scenario.draw(random);
            trials.add(new Trial(i, customer, scenario, submission(customer, scenario)));
        }
    }

    /** The customers' executive directories, sent before any demand (the CRM knows its customers first). */
    void seedDirectories() {
        trials.forEach(t -> events.send("customer-executives", t.customerId, switch (t.scenario) {
            case OVERLAPPING_CARVE_OUT -> Demands.directory(t.customerId, true);
            case RESTRICTION_DURING_SEND -> Demands.directoryWithDeputy(t.customerId);
            default -> Demands.directory(t.customerId);
        }));
    }

    /** Schedules every submission over the window; returns at once. */
    void start() {
        long spacing = settings.window().toMillis() / Math.max(1, settings.demands());
        for (Trial trial : trials) {
            Duration at = Duration.ofMillis(trial.index * spacing + random.nextLong(Math.max(1, spacing)));
            boolean twice = random.nextDouble() < REDELIVERED;
            steps.after(at, trial, "submit", () -> submit(trial, twice), () -> awaitDemand(trial));
        }
    }

    private boolean submit(Trial trial, boolean twice) {
        events.send("demand-submissions", trial.submissionId(), trial.submission);
        if (twice) {
            events.send("demand-submissions", trial.submissionId(), trial.submission);
            redeliveries.incrementAndGet();
        }
        return true;
    }

    private void awaitDemand(Trial trial) {
        if (!trial.scenario.valid()) {
            trial.completed = true;
            return;
        }
        steps.watch(Duration.ofMillis(500), trial, "await its demand", () -> found(trial), () -> decide(trial));
    }

    private boolean found(Trial trial) {
        trial.demandId = seen.demandIdOf(trial.submissionId());
        return trial.demandId != null;
    }

    private void decide(Trial trial) {
        Duration wait = seconds(1, 3);
        switch (trial.scenario) {
            case NO_ORDER -> steps.after(wait, trial, "no order", () -> started(trial) && reviewer.noSecrecyOrder(trial),
                    () -> trial.completed = true);
            case RESTRICTED_AFTER_CLEARANCE -> steps.after(wait, trial, "no order",
                    () -> started(trial) && reviewer.noSecrecyOrder(trial), () -> restrictLater(trial));
            case FULL_EXPIRING, CARVE_OUT -> steps.after(wait, trial, "record order",
                    () -> ordered(trial, seconds(3, settings.maxExpiry().toSeconds())), () -> trial.completed = true);
            case EXTENSION -> steps.after(wait, trial, "record order",
                    () -> ordered(trial, seconds(4, settings.maxExpiry().toSeconds())), () -> extendLater(trial));
            case LIFT -> steps.after(wait, trial, "record order", () -> ordered(trial, null), () -> liftLater(trial));
            case OVERLAPPING_CARVE_OUT -> steps.after(wait, trial, "record order", () -> ordered(trial, null),
                    () -> steps.after(seconds(0, 2), trial, "record second order", () -> reviewer.recordSecondOrder(trial),
                            () -> trial.completed = true));
            // completed once the relay held its first mail and the restriction was applied (atTheDoor)
            case RESTRICTION_DURING_SEND -> steps.after(wait, trial, "no order",
                    () -> started(trial) && reviewer.noSecrecyOrder(trial), () -> { });
            default -> throw new IllegalStateException(trial.scenario.name());
        }
    }

    /** Notes when the decision was first tried: nobody may be told before. */
    private static boolean started(Trial trial) {
        if (trial.decisionStartedAt == null) {
            trial.decisionStartedAt = Instant.now();
        }
        return true;
    }

    /** Records the order; a retry that comes too late for the planned end plans a later one. */
    private boolean ordered(Trial trial, Duration expiry) {
        if (expiry != null && (trial.expiresAt == null || trial.expiresAt.isBefore(Instant.now().plusSeconds(2)))) {
            trial.expiresAt = Instant.now().plus(expiry).truncatedTo(ChronoUnit.MILLIS);
        }
        return started(trial) && reviewer.recordOrder(trial);
    }

    /** A FULL order without end on the cleared demand, while its notice may still be on its way. */
    private void restrictLater(Trial trial) {
        steps.after(seconds(0, 2), trial, "record order", () -> reviewer.recordOrder(trial),
                () -> trial.completed = true);
    }

    private void extendLater(Trial trial) {
        Instant newEnd = trial.expiresAt.plus(seconds(2, settings.maxExpiry().toSeconds()));
        Duration until = Duration.between(Instant.now(), trial.expiresAt.minusMillis(1500));
        steps.after(until.isNegative() ? Duration.ZERO : until, trial, "extend", () -> reviewer.extend(trial, newEnd),
                () -> trial.completed = true);
    }

    private void liftLater(Trial trial) {
        steps.after(seconds(1, settings.maxExpiry().toSeconds()), trial, "lift", () -> {
            if (trial.liftStartedAt == null) {
                trial.liftStartedAt = Instant.now();
            }
            return reviewer.lift(trial);
        }, () -> trial.completed = true);
    }

    private Duration seconds(long from, long to) {
        return Duration.ofMillis(from * 1000 + random.nextLong(Math.max(1, (to - from) * 1000)));
    }

    private static DemandSubmission submission(String customer, Scenario scenario) {
        DemandSubmission submission = Demands.submission(customer);
        if (!scenario.valid()) {
            submission.getIssuingAuthority().setCountry("XX");
        }
        return submission;
    }
}
