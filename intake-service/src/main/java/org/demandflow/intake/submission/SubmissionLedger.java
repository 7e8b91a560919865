package org.demandflow.intake.submission;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Every submission id intake has handled, so that a redelivery does nothing new. */
public interface SubmissionLedger {

    /** The entries of those of these submission ids that were handled, by id. */
    Map<String, ProcessedSubmission> findAll(Collection<String> submissionIds);

    /** Records the entries; an id recorded already (a concurrent take of the same submission) fails the transaction. */
    void recordAll(List<ProcessedSubmission> entries);
}
