package org.demandflow.review.operations.application;

import org.demandflow.review.cases.StatusChanged;
import org.demandflow.review.operations.PublishedStatuses;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps every published status version whole, in the transaction that publishes it: a plain (synchronous)
 * listener of the same {@link StatusChanged} the outbox externalizes, so the log and the outbox commit
 * together. A re-published version is already kept and is left as it is.
 */
@Component
class StatusLog {

    private final PublishedStatuses statuses;

    StatusLog(PublishedStatuses statuses) {
        this.statuses = statuses;
    }

    @EventListener
    void on(StatusChanged published) {
        statuses.record(published);
    }
}
