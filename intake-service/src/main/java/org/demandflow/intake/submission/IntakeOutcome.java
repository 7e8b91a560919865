package org.demandflow.intake.submission;

import java.util.List;
import java.util.Objects;
import org.demandflow.intake.demand.Demand;

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
    }

    /** Refused for these reasons; a rejection will be announced. */
    record Rejected(List<Reason> reasons) implements IntakeOutcome {
    }
}
