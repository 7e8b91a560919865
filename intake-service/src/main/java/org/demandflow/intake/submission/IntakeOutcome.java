package org.demandflow.intake.submission;

import java.util.List;
import org.demandflow.intake.demand.Demand;
import org.demandflow.intake.demand.DemandId;

/** What handling a submission came to; a rejection is an outcome, not an exception. */
public sealed interface IntakeOutcome {

    /** A new demand was recorded and will be announced. */
    record Accepted(Demand demand) implements IntakeOutcome {
    }

    /** The ticket was already recorded with the same content: no second demand, no second event. */
    record Duplicate(DemandId existing) implements IntakeOutcome {
    }

    /** The submission id was handled before: nothing was done this time. */
    record Redelivered(ProcessedSubmission earlier) implements IntakeOutcome {
    }

    /** Refused for these reasons; a rejection will be announced. */
    record Rejected(List<Reason> reasons) implements IntakeOutcome {
    }
}
