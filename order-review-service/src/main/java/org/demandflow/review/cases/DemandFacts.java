package org.demandflow.review.cases;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * What the review needs to know of a received demand.
 *
 * @param responseDueAt when the provider must answer the demand, or {@code null}
 */
public record DemandFacts(DemandId demandId, String customerId, String demandType,
                          Instant receivedAt, Instant responseDueAt, boolean nondisclosureIndicated) {

    public DemandFacts {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(demandType, "demandType");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
