package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * One version of a demand's response (from 1, one more per change).
 *
 * @param disposition how the response closed, null while it is open
 */
public record ResponseVersion(DemandId demandId, int version, String stage, Disposition disposition,
                              int accountsSpecified, Instant effectiveAt) {

    public ResponseVersion {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Versions.requireValid(version);
        if (accountsSpecified < 0) {
            throw new IllegalArgumentException("accountsSpecified is not negative, was " + accountsSpecified);
        }
    }
}
