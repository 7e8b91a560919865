package org.example.ticketing;

import java.util.List;
import org.demandflow.events.RejectionReason;

/** intake-service's answer to one submission: a demand (with its id), or a rejection with every reason. */
public sealed interface IntakeAnswer {

    /** intake recorded the demand: {@code DemandReceived} on {@code demands}. */
    record Accepted(String submissionId, String demandId) implements IntakeAnswer {
    }

    /** intake refused the submission: {@code SubmissionRejected} on {@code demand-submission-rejections}. */
    record Rejected(String submissionId, List<RejectionReason> reasons) implements IntakeAnswer {

        public Rejected {
            reasons = List.copyOf(reasons);
        }
    }
}
