package org.demandflow.review.operations.application;

import org.demandflow.review.operations.PublishedStatuses;
import org.demandflow.review.operations.Republication;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's re-publication (safety rule 8: the one way a gap heals): the kept versions
 * {@code fromVersion..latest} of a demand are handed to the outbox again as the very {@code StatusChanged}
 * events they were, so {@code SecrecyStatusChanged} leaves with the same values, versions and effectiveAt.
 */
@Service
public class StatusRepublisher {

    private static final Logger log = LoggerFactory.getLogger(StatusRepublisher.class);

    private final PublishedStatuses statuses;
    private final ApplicationEventPublisher events;

    StatusRepublisher(PublishedStatuses statuses, ApplicationEventPublisher events) {
        this.statuses = statuses;
        this.events = events;
    }

    /** Queues the versions in the outbox, or answers why not; {@code operator} is named in the log. */
    @Transactional
    public Republication republish(DemandId demandId, int fromVersion, String operator) {
        Republication plan = Republication.plan(demandId, fromVersion, statuses.of(demandId));
        if (plan instanceof Republication.Queued queued) {
            queued.versions().forEach(events::publishEvent);
            log.info("Operator {} re-published demand {} status versions {}..{}", operator, demandId,
                    queued.fromVersion(), queued.toVersion());
        }
        return plan;
    }
}
