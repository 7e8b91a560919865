package org.demandflow.notification.gate.application;

import java.util.Optional;
import org.demandflow.notification.directory.CustomerDirectories;
import org.demandflow.notification.gate.DemandStatuses;
import org.demandflow.notification.gate.Gate;
import org.demandflow.notification.gate.GateClosedOnUnreadableStatus;
import org.demandflow.notification.gate.GateOutcome;
import org.demandflow.notification.gate.StatusChange;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a secrecy status that the {@link StatusAcceptance} let through (DESIGN.md rule 8; in the service its only
 * caller), in one transaction: stores it if newer and publishes the gate's
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

    public GateKeeper(DemandStatuses statuses, CustomerDirectories directories, ApplicationEventPublisher events) {
        this.statuses = statuses;
        this.directories = directories;
        this.events = events;
    }

    @Transactional
    public GateOutcome apply(StatusChange status) {
        // the directory matters only to a status that opens the gate (whom it permits)
        GateOutcome outcome = Gate.decide(statuses.latest(status.demandId()), status,
                status.status().opensTheGate() ? directories.find(status.customerId()) : Optional.empty());
        if (outcome instanceof GateOutcome.Ignored || !statuses.applyIfNewer(status)) {
            log.debug("Ignored status demandId={} version={}: not newer than the latest applied",
                    status.demandId(), status.version());
            return outcome;
        }
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
