package org.demandflow.review.response;

import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The responses, the port the persistence adapter implements. Storing publishes what the response registered. */
public interface DemandResponses {

    /** Stores a new response; answers false (storing nothing) when the demand has one already. */
    boolean addIfAbsent(DemandResponse response);

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
