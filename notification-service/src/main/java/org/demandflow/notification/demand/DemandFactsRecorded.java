package org.demandflow.notification.demand;

import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * A demand's {@code DemandReceived} arrived for the first time: published in the transaction that records
 * its facts, so that statuses held until the demand was known are judged now (DESIGN.md rule 8).
 */
public record DemandFactsRecorded(DemandId demandId, String customerId) {

    public DemandFactsRecorded {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
    }
}
