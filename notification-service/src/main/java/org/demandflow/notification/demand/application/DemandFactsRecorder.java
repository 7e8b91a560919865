package org.demandflow.notification.demand.application;

import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.Demands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Records the facts of each demand received; a redelivered demand changes nothing. */
@Service
public class DemandFactsRecorder {

    private static final Logger log = LoggerFactory.getLogger(DemandFactsRecorder.class);

    private final Demands demands;

    public DemandFactsRecorder(Demands demands) {
        this.demands = demands;
    }

    public void record(DemandFacts facts) {
        if (demands.record(facts)) {
            log.info("Demand facts recorded demandId={} customerId={}", facts.demandId(), facts.customerId());
        }
    }
}
