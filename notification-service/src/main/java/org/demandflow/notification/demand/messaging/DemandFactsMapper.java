package org.demandflow.notification.demand.messaging;

import org.demandflow.events.DemandReceived;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.notification.demand.DemandFacts;
import org.demandflow.support.domain.DemandId;

/**
 * Keeps of a {@code DemandReceived} what a notice states and a letter to the requester needs: the account
 * identifiers are kept for the customer's own notice only; the requester's name is not kept.
 */
final class DemandFactsMapper {

    private DemandFactsMapper() {
    }

    static DemandFacts toDomain(DemandReceived demand) {
        IssuingAuthority authority = demand.getIssuingAuthority();
        return new DemandFacts(DemandId.parse(demand.getDemandId()), demand.getCustomerId(),
                demand.getDemandType().name(),
                demand.getDataCategories().stream().map(Enum::name).toList(),
                authority.getAgency(), authority.getCountry(), demand.getReceivedAt(),
                new DemandFacts.Particulars(demand.getExternalReference(), authority.getCourt(),
                        authority.getDocketNumber(), authority.getRequesterEmail(), demand.getAccountIdentifiers(),
                        demand.getResponseDueAt()));
    }
}
