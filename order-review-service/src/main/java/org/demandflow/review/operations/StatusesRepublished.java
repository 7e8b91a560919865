package org.demandflow.review.operations;

import java.time.Instant;
import java.util.Objects;

/**
 * Domain event: an operator handed a demand's kept status versions {@code fromVersion..toVersion} to the outbox
 * again (safety rule 8), published in the transaction that queued them.
 *
 * @param operator the authenticated operator's name
 */
public record StatusesRepublished(String demandId, int fromVersion, int toVersion, String operator, Instant at) {

    public StatusesRepublished {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(at, "at");
    }
}
