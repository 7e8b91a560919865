package org.demandflow.review.cases;

import java.time.Instant;
import java.util.List;

/**
 * Domain event: the notification status of a demand changed; {@code version} grows by one per demand.
 * Published through the outbox as {@code SecrecyStatusChanged}.
 */
public record StatusChanged(String demandId, String customerId, int version, SecrecyStatus status,
                            String reason, List<String> permittedRecipients, DelayedNotice delayedNotice,
                            Instant effectiveAt) {

    public StatusChanged {
        permittedRecipients = List.copyOf(permittedRecipients);
    }
}
