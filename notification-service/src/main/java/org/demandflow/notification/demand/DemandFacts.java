package org.demandflow.notification.demand;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * What a notice may tell the customer about a demand: its type, the categories of data
 * demanded, the issuing agency and country, and when the provider received it. Account
 * identifiers are deliberately not kept.
 */
public record DemandFacts(DemandId demandId, String customerId, String demandType, List<String> dataCategories,
                          String agency, String country, Instant receivedAt) {

    public DemandFacts {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(demandType, "demandType");
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(receivedAt, "receivedAt");
        dataCategories = List.copyOf(dataCategories);
    }
}
