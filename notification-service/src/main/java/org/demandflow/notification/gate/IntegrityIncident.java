package org.demandflow.notification.gate;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * A status record found not genuine, as recorded for operators: which demand, which version, why,
 * when. No personal data (no recipients, no customer data).
 */
public record IntegrityIncident(DemandId demandId, int version, IntegrityKind kind, Instant detectedAt) {

    public IntegrityIncident {
        Objects.requireNonNull(demandId, "demandId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detectedAt, "detectedAt");
    }
}
