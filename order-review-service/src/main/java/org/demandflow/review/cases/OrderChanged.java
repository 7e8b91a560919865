package org.demandflow.review.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * Domain event: one secrecy order of a demand changed (recorded, extended, its end re-stated, narrowed, lifted,
 * expired, challenged, a challenge decided); {@code version} grows by one per order, from 1. Published through the
 * outbox as {@code SecrecyOrderChanged} on {@code secrecy-orders}; it names nobody.
 */
public record OrderChanged(String demandId, String customerId, String orderId, int version, OrderFacts facts,
                           Instant effectiveAt) {

    public OrderChanged {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(facts, "facts");
        if (version < 1) {
            throw new IllegalArgumentException("an order's versions start at 1, not " + version);
        }
    }
}
