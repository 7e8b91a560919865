package org.demandflow.intake.submission;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.demandflow.contracts.submission.Reason;

/**
 * Domain event: intake refused a submission for these reasons; it is announced as
 * {@code SubmissionRejected}, keyed by the submission id.
 */
public record SubmissionRefused(String submissionId, String sourceSystem, String externalReference,
        List<Reason> reasons, Instant rejectedAt) {

    public SubmissionRefused {
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        reasons = List.copyOf(reasons);
    }

    /** The key of the announcement (empty when the submission had no usable id). */
    public String key() {
        return submissionId == null ? "" : submissionId;
    }
}
