package org.demandflow.intake.demand.application;

import java.util.Optional;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.Demands;
import org.demandflow.support.domain.DemandId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the stored demands: one by its id, or a customer's page by page, newest received first. */
@Service
@Transactional(readOnly = true)
public class DemandCatalog {

    private final Demands demands;

    DemandCatalog(Demands demands) {
        this.demands = demands;
    }

    public Optional<Demand> find(DemandId id) {
        return demands.findById(id);
    }

    /** One page (from 0) of a customer's demands and how many the customer has in all. */
    public CustomerDemands ofCustomer(String customerId, int page, int size) {
        return new CustomerDemands(demands.findByCustomer(customerId, page, size),
                demands.countByCustomer(customerId));
    }
}
