package org.demandflow.notification.demand.messaging;

import org.demandflow.events.DemandReceived;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.support.domain.DemandId;

/** Keeps of a {@code DemandReceived} only what a notice states: never the account identifiers. */
final class DemandFactsMapper {

    private DemandFactsMapper() {
    }

    static DemandFacts toDomain(DemandReceived demand) {
        return new DemandFacts(DemandId.parse(demand.getDemandId()), demand.getCustomerId(),
                demand.getDemandType().name(),
                demand.getDataCategories().stream().map(Enum::name).toList(),
                demand.getIssuingAuthority().getAgency(), demand.getIssuingAuthority().getCountry(),
                demand.getReceivedAt());
    }
}
