package org.demandflow.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The stored notices; (demandId, statusVersion, recipientEmail) is unique. */
public interface Notices {

    /** Stores a new notice; answers false (and changes nothing) when its key already exists. */
    boolean add(Notice notice);

    Optional<Notice> find(String noticeId);

    List<Notice> forDemand(DemandId demandId);

    /**
     * Locks (skipping rows locked by others) up to {@code limit} notices that are due: PENDING
     * and due by {@code now}, or SENDING with a lease that ran out, and whose demand facts are known.
     */
    List<Notice> lockDue(Instant now, int limit);

    /**
     * Stores {@code to} if the stored notice is still {@code from} (same state and attempts),
     * so two dispatchers never both conclude one notice; a SENDING notice holds its claim until
     * {@code leaseUntil}. Answers whether it was stored.
     */
    boolean transition(Notice from, Notice to, Instant leaseUntil);

    /** Locks and answers the PENDING notices of the demand for status versions before {@code version}. */
    List<Notice> lockPendingBefore(DemandId demandId, int version);

    /** How many notices are PENDING or SENDING. */
    long countOpen();
}
