package org.demandflow.notification.demand.application;

import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.DemandFactsRecorded;
import org.demandflow.notification.demand.Demands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the facts of each demand received, and publishes {@link DemandFactsRecorded} in the same
 * transaction the first time; a redelivered demand changes nothing. The binding logs a line per poll, this class
 * one per demand at DEBUG.
 */
@Service
public class DemandFactsRecorder {

    private static final Logger log = LoggerFactory.getLogger(DemandFactsRecorder.class);

    private final Demands demands;
    private final ApplicationEventPublisher events;

    public DemandFactsRecorder(Demands demands, ApplicationEventPublisher events) {
        this.demands = demands;
        this.events = events;
    }

    /** Answers whether the demand was new (false for a redelivery). */
    @Transactional
    public boolean record(DemandFacts facts) {
        if (!demands.record(facts)) {
            return false;
        }
        log.debug("Demand facts recorded demandId={} customerId={}", facts.demandId(), facts.customerId());
        events.publishEvent(new DemandFactsRecorded(facts.demandId(), facts.customerId()));
        return true;
    }
}
