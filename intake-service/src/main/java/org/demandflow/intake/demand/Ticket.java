package org.demandflow.intake.demand;

import java.util.Objects;

/** The upstream ticket a demand came from: the de-duplication key (sourceSystem, externalReference). */
public record Ticket(String sourceSystem, String externalReference) {

    public Ticket {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(externalReference, "externalReference");
    }
}
