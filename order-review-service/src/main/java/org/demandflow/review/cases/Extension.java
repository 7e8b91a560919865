package org.demandflow.review.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One extension of a secrecy order: from its former end to a later one (or the same end re-stated as the
 * court's date and zone, a confirmation).
 *
 * @param newExpiresAt the effective new end
 * @param newExpiresOn the date the court named, with {@code newTimeZone}; {@code null} for an instant
 */
public record Extension(Instant previousExpiresAt, Instant newExpiresAt, LocalDate newExpiresOn,
                        String newTimeZone, Instant recordedAt, String recordedBy) {

    /** How much longer the order runs because of this extension. */
    public Duration step() {
        return Duration.between(previousExpiresAt, newExpiresAt);
    }
}
