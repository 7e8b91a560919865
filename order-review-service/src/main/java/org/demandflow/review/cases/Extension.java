package org.demandflow.review.cases;

import java.time.Duration;
import java.time.Instant;

/** One extension of a secrecy order: from its former end to a later one. */
public record Extension(Instant previousExpiresAt, Instant newExpiresAt, Instant recordedAt, String recordedBy) {

    /** How much longer the order runs because of this extension. */
    public Duration step() {
        return Duration.between(previousExpiresAt, newExpiresAt);
    }
}
