package org.demandflow.review.cases.application;

import java.time.Instant;
import java.util.Optional;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ProposalReceipt;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCaseSnapshot;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.cases.SecondReview;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Safety rule 10 inside a review command, after the case accepted it and before anything is stored: when
 * {@link SecondReview} finds that the change lets someone be told earlier, the change is dropped and the decision
 * as requested is held as a proposal (with a {@code PROPOSAL_MADE} entry in the case's history); a direct call,
 * which has no request to hold, is refused. A decision a second reviewer approved is not held again.
 */
@Component
class FourEyesHold {

    private static final Logger log = LoggerFactory.getLogger(FourEyesHold.class);

    private final ReviewCases cases;
    private final SecondReview secondReview;

    FourEyesHold(ReviewCases cases, SecondReview secondReview) {
        this.cases = cases;
        this.secondReview = secondReview;
    }

    /** The answer when the change from {@code before} to {@code after} must wait; empty when it may be stored. */
    Optional<Outcome> answerIfHeld(ReviewCaseSnapshot before, ReviewCase after, Instant now) {
        DecisionScope scope = DecisionScope.current();
        if (scope.approves(before.demand().demandId())) {
            return Optional.empty();
        }
        return secondReview.reasonToHold(before, after.snapshot(), now)
                .map(reason -> hold(before, scope, reason, now));
    }

    /** Why the change from {@code before} to {@code after} would wait for a second reviewer; empty if it would not. */
    Optional<String> reasonToHold(ReviewCaseSnapshot before, ReviewCase after, Instant now) {
        return secondReview.reasonToHold(before, after.snapshot(), now);
    }

    /** Leaves the case as it was, but for the proposal that now waits for a second reviewer. */
    private Outcome hold(ReviewCaseSnapshot before, DecisionScope scope, String reason, Instant now) {
        Decision decision = scope.decision();
        if (decision == null || !decision.demandId().equals(before.demand().demandId())) {
            return Outcome.conflict(reason + "; this takes effect only when a second reviewer approves it"
                    + " (safety rule 10): propose it through the API");
        }
        ReviewCase unchanged = ReviewCase.restore(before);
        ProposalReceipt proposal = secondReview.hold(decision, reason, unchanged.version(), now);
        unchanged.recordProposalStep(CaseAction.PROPOSAL_MADE, proposal.proposalId(), decision.requestedBy(),
                decision.kind() + " proposed, waiting for a second reviewer: " + reason, now);
        cases.update(unchanged);
        log.info("Demand {}: {} held as proposal {} by {}", decision.demandId(), decision.kind(),
                proposal.proposalId(), decision.requestedBy());
        return Outcome.proposed(proposal);
    }
}
