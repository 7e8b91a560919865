package org.demandflow.intake.submission;

import java.util.Optional;

/** Every submission id intake has handled, so that a redelivery does nothing new. */
public interface SubmissionLedger {

    Optional<ProcessedSubmission> find(String submissionId);

    void record(ProcessedSubmission entry);
}
