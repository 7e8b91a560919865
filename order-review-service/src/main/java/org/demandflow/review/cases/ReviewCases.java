package org.demandflow.review.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The stored review cases, one per demand. */
public interface ReviewCases {

    /** The case of a demand, locked for change until the surrounding transaction ends. */
    Optional<ReviewCase> lockForChange(DemandId demandId);

    /** The case of a demand, for reading. */
    Optional<ReviewCase> find(DemandId demandId);

    /**
     * Stores new cases of distinct demands; answers those stored, in order, leaving out (storing nothing of) each
     * whose demand has a case already.
     */
    List<ReviewCase> addAllIfAbsent(List<ReviewCase> reviewCases);

    /** Stores the changes of a case obtained from {@link #lockForChange}. */
    void update(ReviewCase reviewCase);

    /**
     * Locks up to {@code limit} cases with an active order ending by {@code now}, skipping cases another
     * transaction holds; answers their demand ids.
     */
    List<DemandId> lockDueForExpiry(Instant now, int limit);

    /**
     * The trace contexts (W3C traceparent) kept with the case's active orders ending by {@code now}: those of the
     * decisions that set their ends, for the release to link to.
     */
    List<String> tracesOfOrdersEndingBy(DemandId demandId, Instant now);

    /** The cases in a status, oldest first ({@code null}: all). */
    List<ReviewCase> findByStatus(SecrecyStatus status);

    /** The cases that are not CLEARED, oldest first. */
    List<ReviewCase> findOpen();
}
