package org.demandflow.intake.demand;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.demandflow.support.domain.DemandId;

/** The stored demands. */
public interface Demands {

    /**
     * Stores the demands whose ticket has none yet (another consumer may have stored one since it was looked up);
     * answers the ids of those stored.
     */
    Set<DemandId> addAllIfAbsent(List<Demand> demands);

    Optional<Demand> findById(DemandId id);

    /** The stored demands among these ids, in no order. */
    List<Demand> findByIds(Collection<DemandId> ids);

    /** The stored demands of these tickets, in no order. */
    List<Demand> findByTickets(Collection<Ticket> tickets);

    /** One page (from 0) of a customer's demands, newest received first. */
    List<Demand> findByCustomer(String customerId, int page, int size);

    long countByCustomer(String customerId);
}
