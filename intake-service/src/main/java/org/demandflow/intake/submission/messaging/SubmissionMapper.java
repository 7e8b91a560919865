package org.demandflow.intake.submission.messaging;

import org.demandflow.contracts.submission.Submission;
import org.demandflow.contracts.submission.Submissions;
import org.demandflow.events.DemandSubmission;

/** Turns an Avro {@code DemandSubmission} into the domain's unvalidated {@link Submission}, as the contract reads it. */
final class SubmissionMapper {

    private SubmissionMapper() {
    }

    static Submission toSubmission(DemandSubmission avro) {
        return Submissions.of(avro);
    }
}
