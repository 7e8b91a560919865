package org.demandflow.review.cases.messaging;

import org.demandflow.events.DemandReceived;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.response.ResponseDemand;
import org.demandflow.support.domain.DemandId;

/** Reads what the review (its secrecy track and its response track) needs from a {@code DemandReceived}. */
final class DemandMapper {

    private DemandMapper() {
    }

    static DemandFacts toFacts(DemandReceived demand) {
        return new DemandFacts(DemandId.parse(demand.getDemandId()), demand.getCustomerId(),
                demand.getDemandType().name(), demand.getReceivedAt(), demand.getResponseDueAt(),
                demand.getNondisclosureIndicated());
    }

    static ResponseDemand toResponseDemand(DemandReceived demand) {
        return new ResponseDemand(DemandId.parse(demand.getDemandId()), demand.getCustomerId(),
                demand.getDemandType().name(), demand.getIssuingAuthority().getAgency(),
                demand.getIssuingAuthority().getCountry(), demand.getIssuingAuthority().getRequesterEmail(),
                demand.getDataCategories().stream().map(Enum::name).toList(), demand.getAccountIdentifiers().size());
    }
}
