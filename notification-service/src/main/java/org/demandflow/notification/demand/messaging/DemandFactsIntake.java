package org.demandflow.notification.demand.messaging;

import org.demandflow.events.DemandReceived;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.notification.demand.Demands;
import org.demandflow.notification.messaging.inbound.Inbound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Records the facts of each {@code DemandReceived}; a redelivered demand changes nothing. */
@Component
public class DemandFactsIntake {

    private static final Logger log = LoggerFactory.getLogger(DemandFactsIntake.class);

    private final Demands demands;

    public DemandFactsIntake(Demands demands) {
        this.demands = demands;
    }

    public void accept(Message<?> message) {
        DemandFacts facts = Inbound.convert(message, DemandReceived.class, DemandFactsMapper::toDomain);
        if (demands.record(facts)) {
            log.info("Demand facts recorded demandId={} customerId={}", facts.demandId(), facts.customerId());
        }
    }
}
