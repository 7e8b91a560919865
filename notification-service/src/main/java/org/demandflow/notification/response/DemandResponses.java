package org.demandflow.notification.response;

import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The latest response of each demand. */
public interface DemandResponses {

    Optional<ResponseChange> latest(DemandId demandId);

    /**
     * The latest response, held (shared lock) until the transaction ends: a newer response waits for that
     * transaction, so a notice written from it is known to the newer response's transaction.
     */
    Optional<ResponseChange> latestHeld(DemandId demandId);

    /** Stores the response if it is newer than the stored one; answers whether it was stored. */
    boolean applyIfNewer(ResponseChange response);
}
