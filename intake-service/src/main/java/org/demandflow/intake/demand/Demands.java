package org.demandflow.intake.demand;

import java.util.List;
import java.util.Optional;
import org.demandflow.support.domain.DemandId;

/** The stored demands. */
public interface Demands {

    void add(Demand demand);

    Optional<Demand> findById(DemandId id);

    Optional<Demand> findByTicket(Ticket ticket);

    /** One page (from 0) of a customer's demands, newest received first. */
    List<Demand> findByCustomer(String customerId, int page, int size);

    long countByCustomer(String customerId);
}
