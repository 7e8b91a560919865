package org.demandflow.notification.demand.application;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.DemandFactsRecorded;
import org.demandflow.notification.demand.Demands;
import org.demandflow.support.domain.DemandId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the facts of a poll's demands received (one statement), and publishes one {@link DemandFactsRecorded}
 * for those that are new, in the same transaction; a redelivered demand changes nothing, and of two records of
 * one demand in a poll the first wins. The binding logs a line per poll, this class one per poll at DEBUG.
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

    /** Records a poll's demands, given in lock order; answers those that were new. */
    @Transactional
    public Set<DemandId> record(List<DemandFacts> poll) {
        Set<DemandId> distinct = new HashSet<>();
        List<DemandFacts> firsts = poll.stream().filter(facts -> distinct.add(facts.demandId())).toList();
        Set<DemandId> recorded = demands.record(firsts);
        List<DemandFactsRecorded.Arrival> arrivals = firsts.stream()
                .filter(facts -> recorded.contains(facts.demandId()))
                .map(facts -> new DemandFactsRecorded.Arrival(facts.demandId(), facts.customerId())).toList();
        if (!arrivals.isEmpty()) {
            events.publishEvent(new DemandFactsRecorded(arrivals));
        }
        log.debug("Demand facts recorded: {} new of {}", arrivals.size(), poll.size());
        return recorded;
    }
}
