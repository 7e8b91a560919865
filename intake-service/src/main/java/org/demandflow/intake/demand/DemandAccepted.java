package org.demandflow.intake.demand;

import java.util.Objects;

/** Domain event: intake accepted and stored a demand; it is announced as {@code DemandReceived}. */
public record DemandAccepted(Demand demand) {

    public DemandAccepted {
        Objects.requireNonNull(demand, "demand");
    }

    /** The key of the announcement. */
    public String key() {
        return demand.id().toString();
    }
}
