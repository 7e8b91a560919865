package org.demandflow.notification.gate;

import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The latest applied status of each demand. */
public interface DemandStatuses {

    Optional<StatusChange> latest(DemandId demandId);

    /**
     * The latest status, held (shared lock) until the transaction ends: a newer status waits
     * for that transaction, so a notice is never claimed against a status already superseded.
     */
    Optional<StatusChange> latestHeld(DemandId demandId);

    /**
     * The latest status, locked exclusively until the transaction ends, for a notice's hand-over: a newer status
     * waits for that transaction as it does for {@link #latestHeld}, and so does another hand-over of the same demand
     * (on any instance of the service), so a demand's notices are handed over one at a time.
     */
    Optional<StatusChange> latestForHandOver(DemandId demandId);

    /**
     * Stores the status if it is newer than the stored one; answers whether it was stored
     * (an older or equal version changes nothing).
     */
    boolean applyIfNewer(StatusChange status);

    /**
     * Closes the gate on a demand whose newest status could not be read: its stored status
     * becomes RESTRICTED (same version, so any newer readable status still supersedes it).
     * Answers whether the demand had a status to close.
     */
    boolean closeAfterUnreadable(DemandId demandId);

    /**
     * Closes the gate on a demand whose status records were found not genuine (DESIGN.md rule 8): its
     * stored status becomes RESTRICTED (same version). It stays closed because the status history
     * refuses every later permission. Answers whether the demand had a status to close.
     */
    boolean closeForIntegrity(DemandId demandId);
}
