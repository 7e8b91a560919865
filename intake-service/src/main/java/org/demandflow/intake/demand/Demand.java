package org.demandflow.intake.demand;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/**
 * A validated demand as intake stores it: its identity, the submission and ticket it came
 * from, its business content and the fingerprint of that content.
 */
public record Demand(DemandId id, String submissionId, Ticket ticket, DemandDetails details,
        ContentFingerprint fingerprint, Instant recordedAt) {

    public Demand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }

    /** A new demand for a valid submission, recorded now. */
    public static Demand record(String submissionId, Ticket ticket, DemandDetails details, Instant now) {
        return new Demand(DemandId.random(), submissionId, ticket, details, details.fingerprint(), now);
    }

    /** Whether another submission of this demand's ticket carries the very same content. */
    public boolean hasSameContentAs(DemandDetails other) {
        return fingerprint.equals(other.fingerprint());
    }
}
