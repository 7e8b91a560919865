package org.demandflow.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The stored notices; (demandId, statusVersion, kind, recipientEmail) is unique. */
public interface Notices {

    /** Stores a new notice; answers false (and changes nothing) when its key already exists. */
    boolean add(Notice notice);

    /**
     * Stores a notice that concluded before the database was restored from an older backup: inserted as it is, or
     * brought to its final state when it is stored still PENDING or SENDING; a notice stored final is left. Answers
     * whether anything changed.
     */
    boolean addConcluded(Notice notice);

    Optional<Notice> find(String noticeId);

    /** The trace context (W3C traceparent) of what planned the notice; empty when none was kept. */
    Optional<String> traceOf(String noticeId);

    List<Notice> forDemand(DemandId demandId);

    /**
     * Up to {@code limit} notices that are due, oldest first, read without a lock: PENDING and due by
     * {@code now}, or SENDING with a lease that ran out, and whose demand facts are known; none while another notice
     * of its demand is in flight (SENDING, its lease running: on another instance, or left by a crash until the lease
     * runs out).
     */
    List<Notice> due(Instant now, int limit);

    /**
     * As {@link #due(Instant, int)}, only the notices of dispatcher worker {@code worker} of {@code workers}: each
     * demand's notices belong to one worker (by a hash of the demand id), so they go out one at a time, in order;
     * the same worker of another instance waits while one of them is in flight.
     */
    List<Notice> due(Instant now, int limit, int worker, int workers);

    /**
     * Locks the notice for a hand-over if it is still due (as {@link #due}); answers empty when it is
     * not, or when another transaction holds it (skipped, never waited for).
     */
    Optional<Notice> lockIfDue(String noticeId, Instant now);

    /**
     * Stores {@code to} if the stored notice is still {@code from} (same state and attempts),
     * so two dispatchers never both conclude one notice; a SENDING notice is reserved until
     * {@code leaseUntil}. Answers whether it was stored.
     */
    boolean transition(Notice from, Notice to, Instant leaseUntil);

    /** Locks and answers the PENDING notices of the demand for status versions before {@code version}. */
    List<Notice> lockPendingBefore(DemandId demandId, int version);

    /**
     * Whether a demand notice of the demand went out: handed over (SENDING) or SENT, so its words may no longer
     * follow the demand's response.
     */
    boolean demandNoticeWentOut(DemandId demandId);

    /** How many notices are PENDING or SENDING. */
    long countOpen();

    /** How long the oldest PENDING or SENDING notice has been open, in seconds; 0 when none is. */
    double oldestOpenSeconds();
}
