package org.demandflow.notification.demand;

import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The stored demand facts, one row per demand; a redelivered demand changes nothing. */
public interface Demands {

    Optional<DemandFacts> find(DemandId demandId);

    /** Stores the facts unless the demand is already known; answers whether it was new. */
    boolean record(DemandFacts facts);
}
