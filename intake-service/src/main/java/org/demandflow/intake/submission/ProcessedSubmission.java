package org.demandflow.intake.submission;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.support.domain.DemandId;

/** The ledger entry of a handled submission id; {@code demandId} is absent for a rejected one. */
public record ProcessedSubmission(String submissionId, Disposition disposition, DemandId demandId,
        Instant processedAt) {

    public ProcessedSubmission {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(processedAt, "processedAt");
        if ((demandId == null) != (disposition == Disposition.REJECTED)) {
            throw new IllegalArgumentException("a demand id goes with an accepted or duplicate submission only");
        }
    }
}
