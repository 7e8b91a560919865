package org.demandflow.review.approval.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.demandflow.review.approval.ApprovalRules;
import org.demandflow.review.approval.Proposal;
import org.demandflow.review.approval.ProposalState;
import org.demandflow.review.approval.Proposals;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.DecisionPreview;
import org.demandflow.review.cases.DecisionReplay;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.ReviewCases;
import org.demandflow.review.cases.StatusView;
import org.demandflow.support.domain.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A second reviewer's answer to a proposal. Approving locks the proposal and its case, refuses the proposer, marks
 * the proposal STALE when the case's version moved or its order ended, and otherwise takes the decision again
 * exactly as requested ({@link DecisionReplay}); every step goes into the case's history, all in one transaction.
 */
@Service
public class Approvals {

    private static final Logger log = LoggerFactory.getLogger(Approvals.class);

    private final Proposals proposals;
    private final ReviewCases cases;
    private final DecisionReplay replay;
    private final Clock clock;

    Approvals(Proposals proposals, ReviewCases cases, DecisionReplay replay, Clock clock) {
        this.proposals = proposals;
        this.cases = cases;
        this.replay = replay;
        this.clock = clock;
    }

    /**
     * What approving a proposal would do, found without approving it: refused as {@link #approve} would refuse it
     * (the proposer, a proposal no longer pending, a stale one: nothing is marked stale here), else the decision's
     * preview as approved (in a transaction of its own, rolled back).
     */
    public DecisionPreview previewApproval(String proposalId, String approver) {
        Optional<Proposal> found = proposals.find(proposalId);
        if (found.isEmpty()) {
            return refusedPreview(Outcome.notFound("no proposal " + proposalId));
        }
        Proposal proposal = found.get();
        Optional<Refusal> refusal = ApprovalRules.refusalToApprove(proposal, approver);
        if (refusal.isPresent()) {
            return refusedPreview(Outcome.refused(refusal.get()));
        }
        ReviewCase reviewCase = cases.find(proposal.decision().demandId()).orElseThrow();
        Optional<String> stale = ApprovalRules.staleness(proposal, reviewCase, clock.instant());
        if (stale.isPresent()) {
            return refusedPreview(Outcome.conflict("the proposal is stale: " + stale.get()));
        }
        return replay.previewApproved(proposal.decision());
    }

    private static DecisionPreview refusedPreview(Outcome refusal) {
        return new DecisionPreview(refusal, StatusView.pendingReview(), null);
    }

    /** Approves a proposal: answers its id when its decision took effect, or why not. */
    @Transactional
    public Outcome approve(String proposalId, String approver, String note) {
        Optional<Proposal> found = proposals.lockForChange(proposalId);
        if (found.isEmpty()) {
            return Outcome.notFound("no proposal " + proposalId);
        }
        Proposal proposal = found.get();
        Optional<Refusal> refusal = ApprovalRules.refusalToApprove(proposal, approver);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        Instant now = clock.instant();
        ReviewCase reviewCase = cases.lockForChange(proposal.decision().demandId()).orElseThrow();
        Optional<String> stale = ApprovalRules.staleness(proposal, reviewCase, now);
        if (stale.isPresent()) {
            return stale(proposal, approver, stale.get(), now);
        }
        Outcome outcome = replay.carryOut(proposal.decision());
        if (outcome instanceof Outcome.Refused refused) {
            return stale(proposal, approver, "the case refuses it now: " + refused.refusal().detail(), now);
        }
        record(proposal.approved(approver, note, now), CaseAction.PROPOSAL_APPROVED,
                "approved; " + proposal.decision().kind() + " took effect" + withNote(note));
        return Outcome.accepted(proposalId);
    }

    /** Rejects a pending proposal: nothing changes but the record of who rejected it and why. */
    @Transactional
    public Outcome reject(String proposalId, String reviewer, String note) {
        Optional<Proposal> found = proposals.lockForChange(proposalId);
        if (found.isEmpty()) {
            return Outcome.notFound("no proposal " + proposalId);
        }
        Optional<Refusal> refusal = ApprovalRules.refusalToDecide(found.get());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        record(found.get().rejected(reviewer, note, clock.instant()), CaseAction.PROPOSAL_REJECTED,
                "rejected" + withNote(note));
        return Outcome.accepted(proposalId);
    }

    @Transactional(readOnly = true)
    public Optional<Proposal> find(String proposalId) {
        return proposals.find(proposalId);
    }

    @Transactional(readOnly = true)
    public List<Proposal> findBy(ProposalState state, String demandId) {
        return proposals.findBy(state, demandId);
    }

    private Outcome stale(Proposal proposal, String approver, String why, Instant now) {
        record(proposal.stale(approver, why, now), CaseAction.PROPOSAL_STALE, "stale, not approved: " + why);
        return Outcome.conflict("proposal " + proposal.proposalId() + " is STALE: " + why
                + "; make the proposal again on the case as it stands");
    }

    /** Stores the decided proposal and writes its step into the case's history (on the case as it now stands). */
    private void record(Proposal decided, CaseAction step, String detail) {
        proposals.update(decided);
        ReviewCase reviewCase = cases.lockForChange(decided.decision().demandId()).orElseThrow();
        reviewCase.recordProposalStep(step, decided.proposalId(), decided.decidedBy(), detail, decided.decidedAt());
        cases.update(reviewCase);
        log.info("Demand {}: proposal {} {} by {}", decided.decision().demandId(), decided.proposalId(),
                decided.state(), decided.decidedBy());
    }

    private static String withNote(String note) {
        return note == null || note.isBlank() ? "" : ": " + note;
    }
}
