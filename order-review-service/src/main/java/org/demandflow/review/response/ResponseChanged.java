package org.demandflow.review.response;

import java.time.Instant;
import java.util.Objects;

/**
 * Domain event: a response changed and publishes its next version (externalized through the outbox as
 * {@code DemandResponseChanged} on {@code demand-responses}, keyed by the demand; audited in the same
 * transaction).
 */
public record ResponseChanged(String demandId, String customerId, int accountsSpecified, ResponseEntry entry) {

    public ResponseChanged {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(entry, "entry");
    }

    public int version() {
        return entry.version();
    }

    public Instant effectiveAt() {
        return entry.at();
    }
}
