package org.demandflow.notification.gate;

import java.util.Optional;

/** The latest applied status of each demand. */
public interface DemandStatuses {

    Optional<StatusChange> latest(String demandId);

    /**
     * Stores the status if it is newer than the stored one; answers whether it was stored
     * (an older or equal version changes nothing).
     */
    boolean applyIfNewer(StatusChange status);
}
