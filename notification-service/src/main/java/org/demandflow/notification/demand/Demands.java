package org.demandflow.notification.demand;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.demandflow.support.domain.DemandId;

/** The stored demand facts, one row per demand; a redelivered demand changes nothing. */
public interface Demands {

    Optional<DemandFacts> find(DemandId demandId);

    /** The customer of each of the demands whose facts are known (a demand not yet received is not in the map). */
    Map<DemandId, String> customersOf(Collection<DemandId> demandIds);

    /** Stores the facts of several demands (each once) in one statement, but of those already known; answers the new. */
    Set<DemandId> record(List<DemandFacts> facts);
}
