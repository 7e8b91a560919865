package org.demandflow.notification.gate;

import java.util.function.Predicate;
import org.demandflow.support.domain.DemandId;

/**
 * How far the status consumer has read {@code demand-secrecy-status}, as the dispatcher's last
 * check needs it (DESIGN.md rule 9): a notice leaves only when every status of its demand that was
 * published before the previous look has been read and applied. A restriction waiting in a backlog
 * (after a restart, a rebalance, a lagging consumer) thus closes the gate before any notice of its
 * demand is sent. Progress that cannot be known lets nothing through.
 */
public interface StatusBacklog {

    /** Takes a new look; answers which demands have no unread status older than the previous look. */
    Predicate<DemandId> caughtUp();
}
