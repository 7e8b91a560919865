package org.demandflow.review.operations.application;

import java.time.Clock;
import org.demandflow.review.operations.PublishedStatuses;
import org.demandflow.review.operations.Republication;
import org.demandflow.review.operations.StatusesRepublished;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's re-publication (safety rule 8: the one way a gap heals): the kept versions
 * {@code fromVersion..latest} of a demand are handed to the outbox again as the very {@code StatusChanged}
 * events they were, so {@code SecrecyStatusChanged} leaves with the same values, versions and effectiveAt; a
 * {@link StatusesRepublished} names the operator and the range.
 */
@Service
public class StatusRepublisher {

    private static final Logger log = LoggerFactory.getLogger(StatusRepublisher.class);

    private final PublishedStatuses statuses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatusRepublisher(PublishedStatuses statuses, ApplicationEventPublisher events, Clock clock) {
        this.statuses = statuses;
        this.events = events;
        this.clock = clock;
    }

    /** Queues the versions in the outbox, or answers why not; {@code operator} is named in the log. */
    @Transactional
    public Republication republish(DemandId demandId, int fromVersion, String operator) {
        Republication plan = Republication.plan(demandId, fromVersion, statuses.of(demandId));
        if (plan instanceof Republication.Queued queued) {
            queued.versions().forEach(events::publishEvent);
            events.publishEvent(new StatusesRepublished(demandId.toString(), queued.fromVersion(),
                    queued.toVersion(), operator, clock.instant()));
            log.info("Operator {} re-published demand {} status versions {}..{}", operator, demandId,
                    queued.fromVersion(), queued.toVersion());
        }
        return plan;
    }
}
