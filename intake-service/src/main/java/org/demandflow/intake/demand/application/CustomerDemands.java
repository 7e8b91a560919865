package org.demandflow.intake.demand.application;

import java.util.List;
import org.demandflow.intake.demand.Demand;

/** One page of a customer's demands, newest received first, and the number of the customer's demands. */
public record CustomerDemands(List<Demand> demands, long total) {

    public CustomerDemands {
        demands = List.copyOf(demands);
    }
}
