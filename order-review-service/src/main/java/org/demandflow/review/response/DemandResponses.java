package org.demandflow.review.response;

import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The responses, the port the persistence adapter implements. Storing publishes what the response registered. */
public interface DemandResponses {

    /**
     * Stores new responses of distinct demands; answers those stored, in order, leaving out (storing nothing of) each
     * whose demand has one already.
     */
    List<DemandResponse> addAllIfAbsent(List<DemandResponse> responses);

    /** The response, locked until the transaction ends. */
    Optional<DemandResponse> lockForChange(DemandId demandId);

    Optional<DemandResponse> find(DemandId demandId);

    /** Stores the changes of a response read with {@link #lockForChange}. */
    void update(DemandResponse response);

    /**
     * Every response that may need a reviewer's attention: the open ones, and the closed ones with a withheld letter
     * or a failed check.
     */
    List<DemandResponse> findNoteworthy();
}
