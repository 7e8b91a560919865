package org.demandflow.review.cases.messaging;

import org.demandflow.events.DemandReceived;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.support.domain.DemandId;

/** Reads what the review needs from a {@code DemandReceived}. */
final class DemandMapper {

    private DemandMapper() {
    }

    static DemandFacts toFacts(DemandReceived demand) {
        return new DemandFacts(DemandId.parse(demand.getDemandId()), demand.getCustomerId(),
                demand.getDemandType().name(), demand.getReceivedAt(), demand.getResponseDueAt(),
                demand.getNondisclosureIndicated());
    }
}
