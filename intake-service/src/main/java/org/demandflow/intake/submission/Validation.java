package org.demandflow.intake.submission;

import java.util.List;
import org.demandflow.contracts.submission.Reason;

/** The result of validating a submission: valid with typed content, or invalid with every reason. */
public sealed interface Validation {

    /** The submission is valid. */
    record Valid(ValidSubmission submission) implements Validation {
    }

    /** The submission is invalid for all these reasons (never empty). */
    record Invalid(List<Reason> reasons) implements Validation {

        public Invalid {
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an invalid submission needs a reason");
            }
            reasons = List.copyOf(reasons);
        }
    }
}
