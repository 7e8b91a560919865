package org.demandflow.transparency.facts;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/** One version of a demand's secrecy status (from 1, one more per change). */
public record StatusVersion(DemandId demandId, int version, SecrecyStatus status, Instant effectiveAt) {

    public StatusVersion {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Versions.requireValid(version);
    }
}
