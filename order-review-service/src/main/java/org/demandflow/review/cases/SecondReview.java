package org.demandflow.review.cases;

import java.time.Instant;
import java.util.Optional;

/**
 * Safety rule 10 as the review cases see it: a change that lets someone be told earlier takes effect only when a
 * second reviewer approves it. Implemented by the approval capability; the cases never depend on it otherwise.
 */
public interface SecondReview {

    /**
     * Why the change from {@code before} to {@code after} (one accepted command, not yet stored) needs a second
     * reviewer, or empty when it may take effect at once.
     */
    Optional<String> reasonToHold(ReviewCaseSnapshot before, ReviewCaseSnapshot after, Instant now);

    /** Stores the decision as a proposal bound to the case version it was made on; answers the proposal. */
    ProposalReceipt hold(Decision decision, String reason, int caseVersion, Instant now);
}
