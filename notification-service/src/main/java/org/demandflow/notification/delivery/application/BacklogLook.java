package org.demandflow.notification.delivery.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.demandflow.notification.gate.StatusBacklog;
import org.demandflow.support.domain.DemandId;

/**
 * The status backlog as one sweep sees it: a look taken when the sweep starts and taken again once it is
 * older than half the backlog horizon, so a notice handed over late in a long sweep (one SMTP transaction
 * after another) is held by an unread status as surely as one handed over between two sweeps.
 */
final class BacklogLook {

    private final StatusBacklog backlog;
    private final Clock clock;
    private final Duration maxAge;
    private Predicate<DemandId> statusesRead;
    private Instant takenAt;

    BacklogLook(StatusBacklog backlog, Clock clock, Duration maxAge) {
        this.backlog = backlog;
        this.clock = clock;
        this.maxAge = maxAge;
        take();
    }

    /** Whether the demand has no unread status older than the previous look (taking a new look if due). */
    boolean caughtUp(DemandId demandId) {
        if (!clock.instant().isBefore(takenAt.plus(maxAge))) {
            take();
        }
        return statusesRead.test(demandId);
    }

    private void take() {
        statusesRead = backlog.caughtUp();
        takenAt = clock.instant();
    }
}
