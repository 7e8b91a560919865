package org.demandflow.intake.submission;

import java.util.List;
import java.util.Objects;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.ReasonCode;
import org.demandflow.intake.demand.Demand;
import org.demandflow.support.domain.Refusal;

/** What handling a submission came to; a rejection is an outcome, not an exception. */
public sealed interface IntakeOutcome {

    /** A new demand was recorded and will be announced. */
    record Accepted(Demand demand) implements IntakeOutcome {
    }

    /** The ticket was already recorded with the same content: no second demand, no second event. */
    record Duplicate(Demand existing) implements IntakeOutcome {
    }

    /**
     * The submission id was handled before: nothing was done this time. {@code demand} is the
     * demand the earlier take led to, absent (null) when it was rejected.
     */
    record Redelivered(ProcessedSubmission earlier, Demand demand) implements IntakeOutcome {

        public Redelivered {
            Objects.requireNonNull(earlier, "earlier");
            if ((demand == null) != (earlier.disposition() == Disposition.REJECTED)) {
                throw new IllegalArgumentException("a redelivery refers to a demand unless it was rejected");
            }
        }

        /** The refusal of a submission id reused after it was rejected (when {@code demand} is absent). */
        public Refusal refusal() {
            return Refusal.conflict("This submission id was already rejected; submit with a new id.");
        }
    }

    /** Refused for these reasons; a rejection will be announced. */
    record Rejected(List<Reason> reasons) implements IntakeOutcome {

        public Rejected {
            reasons = List.copyOf(reasons);
        }

        /**
         * The refusal: a conflict when the only reason is a conflicting resubmission of the ticket,
         * otherwise an invalid submission, with every reason as a violation.
         */
        public Refusal refusal() {
            List<Refusal.Violation> violations = reasons.stream()
                    .map(reason -> new Refusal.Violation(reason.field(), reason.code().name(), reason.message()))
                    .toList();
            boolean conflict = reasons.stream()
                    .allMatch(reason -> reason.code() == ReasonCode.CONFLICTING_RESUBMISSION);
            return conflict
                    ? new Refusal(Refusal.Kind.CONFLICT, "This ticket was already submitted with other content.",
                            violations)
                    : Refusal.invalid(reasons.size() + " reason(s) to reject the submission.", violations);
        }
    }
}
