package org.demandflow.review.operations;

import java.util.List;
import org.demandflow.review.cases.StatusChanged;
import org.demandflow.support.domain.DemandId;

/** The log of every status version order-review published, per demand. */
public interface PublishedStatuses {

    /** Keeps a published version; a version already kept (a re-publication) is left as it is. */
    void record(StatusChanged published);

    /** Every kept version of the demand, oldest first; empty for a demand without any. */
    List<PublishedStatus> of(DemandId demandId);
}
