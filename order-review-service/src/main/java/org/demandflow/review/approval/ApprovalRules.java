package org.demandflow.review.approval;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.SecrecyOrder;
import org.demandflow.support.domain.Refusal;

/**
 * When a proposal may be decided: only while pending, never approved by the reviewer who made it, and approved only
 * while the case stands at the version it was made on and the order it concerns has not ended. A proposal that
 * fails the last two is stale: it must be made again.
 */
public final class ApprovalRules {

    private ApprovalRules() {
    }

    /** Why a reviewer may not decide the proposal (approve or reject), or empty. */
    public static Optional<Refusal> refusalToDecide(Proposal proposal) {
        if (proposal.state() != ProposalState.PENDING) {
            return Optional.of(Refusal.conflict("proposal " + proposal.proposalId() + " is " + proposal.state()
                    + "; only a PENDING proposal can be decided"));
        }
        return Optional.empty();
    }

    /** Why {@code approver} may not approve the proposal, or empty: the second pair of eyes must be another's. */
    public static Optional<Refusal> refusalToApprove(Proposal proposal, String approver) {
        if (proposal.proposedBy().equals(approver)) {
            return Optional.of(Refusal.conflict("proposal " + proposal.proposalId() + " was made by " + approver
                    + "; a second reviewer, not the proposer, must approve it (safety rule 10)"));
        }
        return refusalToDecide(proposal);
    }

    /** Why the proposal can no longer be approved on the case as it stands now, or empty. */
    public static Optional<String> staleness(Proposal proposal, ReviewCase now, Instant at) {
        if (now.version() != proposal.caseVersion()) {
            return Optional.of("the case changed since the proposal: it is at version " + now.version()
                    + ", the proposal was made on version " + proposal.caseVersion());
        }
        return orderConcerned(proposal, now).filter(o -> !o.isActive() || o.isDueAt(at, Duration.ZERO))
                .map(o -> "order " + o.orderId() + " ended since the proposal (" + o.state() + ")");
    }

    private static Optional<SecrecyOrder> orderConcerned(Proposal proposal, ReviewCase c) {
        String subject = proposal.decision().subjectId();
        return switch (proposal.decision().kind()) {
            case EXTENSION, LIFT, NARROWING, CHALLENGE_FILING -> c.order(subject);
            case CHALLENGE_DECISION -> c.challenge(subject).flatMap(challenge -> c.order(challenge.orderId()));
            case NO_SECRECY_ORDER, SECRECY_ORDER -> Optional.empty();
        };
    }
}
