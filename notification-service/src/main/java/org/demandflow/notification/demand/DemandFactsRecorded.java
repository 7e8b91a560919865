package org.demandflow.notification.demand;

import java.util.List;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * The demands of one poll whose {@code DemandReceived} arrived for the first time, in the poll's lock order:
 * published in the transaction that records their facts, so that statuses held until a demand was known are
 * judged now (DESIGN.md rule 8).
 */
public record DemandFactsRecorded(List<Arrival> arrivals) {

    public DemandFactsRecorded {
        arrivals = List.copyOf(arrivals);
        if (arrivals.isEmpty()) {
            throw new IllegalArgumentException("no demand arrived");
        }
    }

    public List<DemandId> demandIds() {
        return arrivals.stream().map(Arrival::demandId).toList();
    }

    /** One demand that arrived, and its customer. */
    public record Arrival(DemandId demandId, String customerId) {

        public Arrival {
            Objects.requireNonNull(demandId, "demandId");
            Objects.requireNonNull(customerId, "customerId");
        }
    }
}
