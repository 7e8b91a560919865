package org.demandflow.e2e.harness;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.demandflow.e2e.support.ConsumerProgress;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;

/**
 * RESTRICTION_DURING_SEND: the SMTP relay holds the first mail of such a trial at its end; meanwhile the
 * reviewer records a FULL order, and the hold is released once notification-service has committed past the
 * RESTRICTED status (so it was applied while the mail was in flight). If the relay gave up first, the trial
 * says so and the status intervals alone judge its mails.
 */
final class DoorHolds implements Function<String, CompletableFuture<Void>> {

    private final Map<String, Trial> byCustomer;
    private final ReviewSteps reviewer;
    private final Steps steps;
    private final Observations seen;
    private final ConsumerProgress progress;

    DoorHolds(List<Trial> trials, ReviewSteps reviewer, Steps steps, Observations seen, ConsumerProgress progress) {
        this.byCustomer = trials.stream().filter(t -> t.scenario == Scenario.RESTRICTION_DURING_SEND)
                .collect(Collectors.toMap(t -> t.customerId.toLowerCase(), t -> t));
        this.reviewer = reviewer;
        this.steps = steps;
        this.seen = seen;
        this.progress = progress;
    }

    /** Called by the relay for each recipient of a message at its end: a hold for the trial's first mail. */
    @Override
    public CompletableFuture<Void> apply(String recipient) {
        Trial trial = byCustomer.get(recipient.substring(recipient.indexOf('@') + 1).replaceFirst("\\.example$", ""));
        if (trial == null || !firstHeld(trial, recipient)) {
            return null;
        }
        CompletableFuture<Void> release = new CompletableFuture<>();
        steps.after(Duration.ZERO, trial, "restrict during the send", () -> reviewer.recordOrder(trial),
                () -> steps.watch(Duration.ofMillis(200), trial, "restriction applied", () -> applied(trial), () -> {
                    trial.releasedAfterRestriction = release.complete(null);
                    trial.completed = true;
                }));
        return release;
    }

    private static boolean firstHeld(Trial trial, String recipient) {
        synchronized (trial) {
            if (trial.heldRecipient != null) {
                return false;
            }
            trial.heldRecipient = recipient;
            trial.heldSince = Instant.now();
            return true;
        }
    }

    /** Whether notification-service has committed past the trial's RESTRICTED status. */
    private boolean applied(Trial trial) {
        return seen.statusesByDemand.getOrDefault(trial.demandId, Map.of()).values().stream()
                .filter(status -> status.getStatus() == SecrecyStatus.RESTRICTED)
                .map(SecrecyStatusChanged::getVersion)
                .max(Integer::compare)
                .map(version -> seen.statusPositions.get(trial.demandId + "/" + version))
                .map(at -> progress.hasConsumed(ConsumerProgress.NOTIFICATION, "demand-secrecy-status", (int) at[0], at[1]))
                .orElse(false);
    }
}
