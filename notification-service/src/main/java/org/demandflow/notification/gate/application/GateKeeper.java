package org.demandflow.notification.gate.application;

import java.util.Optional;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.Gate;
import org.demandflow.notification.gate.GateClosedOnUnreadableStatus;
import org.demandflow.notification.gate.GateOutcome;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.notification.gate.StatusHistories;
import org.demandflow.notification.gate.StatusHistory;
import org.demandflow.notification.gate.StatusRun;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.tracing.RecordTracing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a secrecy status that rule 8 let through (DESIGN.md; in the service its only callers are the
 * {@link StatusAcceptance} and {@link DemandArrivals}), in one transaction: stores it if newer and publishes the gate's
 * outcome, on which delivery (in the same transaction) cancels the demand's not-yet-sent notices
 * of earlier versions and records the notices the status permits. Mail goes out later, from the
 * dispatcher, once the demand's facts are known.
 */
@Service
public class GateKeeper {

    private static final Logger log = LoggerFactory.getLogger(GateKeeper.class);

    private final DemandStatuses statuses;
    private final CustomerDirectories directories;
    private final ApplicationEventPublisher events;
    private final StatusHistories histories;
    private final RecordTracing tracing;

    public GateKeeper(DemandStatuses statuses, CustomerDirectories directories, ApplicationEventPublisher events,
                      StatusHistories histories, RecordTracing tracing) {
        this.statuses = statuses;
        this.directories = directories;
        this.events = events;
        this.histories = histories;
        this.tracing = tracing;
    }

    /**
     * Stores the status if it supersedes the latest applied one, in one statement that also answers whether it did
     * (no read before it: an older or repeated version is the rare case, and only then is the latest read, for the
     * outcome), and publishes the gate's outcome.
     */
    @Transactional
    public GateOutcome apply(StatusChange status) {
        if (!statuses.applyIfNewer(status)) {
            GateOutcome ignored = new GateOutcome.Ignored(status,
                    statuses.latest(status.demandId()).map(StatusChange::version).orElse(0));
            log.debug("Ignored status demandId={} version={}: not newer than the latest applied",
                    status.demandId(), status.version());
            return ignored;
        }
        // the directory matters only to a status that opens the gate (whom it permits)
        GateOutcome outcome = Gate.superseding(status,
                status.status().opensTheGate() ? directories.find(status.customerId()) : Optional.empty());
        if (status.version() == 1) {
            // every demand's first status (pending review): counted in the status binding's line per poll
            log.debug("Applied status demandId={} version={} status={} outcome={}", status.demandId(),
                    status.version(), status.status(), outcome.getClass().getSimpleName());
        } else {
            log.info("Applied status demandId={} version={} status={} outcome={}", status.demandId(),
                    status.version(), status.status(), outcome.getClass().getSimpleName());
        }
        events.publishEvent(outcome);
        return outcome;
    }

    /**
     * Rule 8's run: extends the demand's unbroken run over the held versions that now follow it and applies the
     * run's final state if it opens the gate (a restriction in it was applied when it came); answers the history
     * after, for the caller to save. A final state held from an earlier record is applied in a span that continues
     * that record's trace ({@code "demand-secrecy-status apply"}), so what it plans (the notices, their mail)
     * belongs to the decision that made it, not to whatever record let the run through (its demand's arrival, a
     * missing version); the record in hand is not kept yet and runs in its own span.
     */
    public StatusHistory applyRun(StatusHistory history) {
        StatusRun run = history.advance();
        run.opening().ifPresent(opening -> {
            Optional<String> kept = histories.traceOf(opening.demandId(), opening.version());
            if (kept.isPresent()) {
                tracing.resume(kept.get(), "demand-secrecy-status apply", opening.demandId().toString(),
                        () -> apply(opening));
            } else {
                apply(opening);
            }
        });
        if (!run.applied().isEmpty()) {
            log.debug("Run applied demandId={} through={} opening={}", history.demandId(),
                    run.history().appliedThrough(), run.opening().map(StatusChange::version).orElse(0));
        }
        return run.history();
    }

    /**
     * Default deny for a status that could not be read or applied (it went to the dead-letter
     * topic): the demand's gate closes and its unsent notices are cancelled, until a newer
     * readable status arrives.
     */
    @Transactional
    public void closeAfterUnreadable(DemandId demandId) {
        if (statuses.closeAfterUnreadable(demandId)) {
            events.publishEvent(new GateClosedOnUnreadableStatus(demandId));
        }
        log.warn("Closed the gate on demandId={}: a status for it could not be applied", demandId);
    }
}
