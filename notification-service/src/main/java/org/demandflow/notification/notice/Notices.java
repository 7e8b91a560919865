package org.demandflow.notification.notice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The stored notices; (demandId, statusVersion, recipientEmail) is unique. */
public interface Notices {

    /** Stores a new notice; answers false (and changes nothing) when its key already exists. */
    boolean add(Notice notice);

    Optional<Notice> find(String noticeId);

    List<Notice> forDemand(String demandId);

    /**
     * Locks (skipping rows locked by others) up to {@code limit} notices that are due: PENDING
     * and due by {@code now}, or SENDING with a lease that ran out, and whose demand facts are known.
     */
    List<Notice> lockDue(Instant now, int limit);

    /**
     * Stores the notice's new state if its stored state is still {@code expected}; a claim
     * ({@code SENDING}) holds a lease of {@code lease}. Answers whether it was stored.
     */
    boolean transition(Notice notice, NoticeState expected, Duration lease);

    /** The not-yet-sent notices of the demand for versions before {@code version}. */
    List<Notice> openBefore(String demandId, int version);

    long countOpen();
}
