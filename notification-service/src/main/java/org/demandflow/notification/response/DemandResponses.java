package org.demandflow.notification.response;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandflow.support.domain.DemandId;

/** The latest response of each demand. */
public interface DemandResponses {

    /**
     * The latest response, held (shared lock) until the transaction ends: a newer response waits for that
     * transaction, so a notice written from it is known to the newer response's transaction.
     */
    Optional<ResponseChange> latestHeld(DemandId demandId);

    /**
     * The latest responses of these demands, each locked (exclusive) until the transaction ends, in the order given:
     * the lock a response being stored takes, taken before the poll decides which of its versions are newer.
     */
    Map<DemandId, ResponseChange> latestLocked(List<DemandId> demandIds);

    /**
     * Stores each response that is newer than its demand's stored one, in one statement (at most one response per
     * demand); answers the demands whose response was stored.
     */
    Set<DemandId> storeIfNewer(Collection<ResponseChange> responses);
}
