package org.demandflow.review.approval;

import java.time.Instant;
import java.util.Objects;
import org.demandflow.review.cases.Decision;
import org.demandflow.review.cases.ProposalReceipt;

/**
 * A decision held for a second reviewer (safety rule 10): the decision exactly as requested, bound to the case
 * version it was made on. Immutable: each transition returns the decided proposal.
 *
 * @param reason why the decision needs a second reviewer
 * @param decidedBy who approved or rejected it, or whose approval found it stale; {@code null} while pending
 * @param note the decider's note (for a stale proposal: why it is stale), or {@code null}
 */
public record Proposal(String proposalId, Decision decision, String reason, int caseVersion, Instant proposedAt,
                       ProposalState state, String decidedBy, Instant decidedAt, String note) {

    public Proposal {
        Objects.requireNonNull(proposalId, "proposalId");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(state, "state");
    }

    /** A new proposal, waiting for a second reviewer. */
    public static Proposal made(String proposalId, Decision decision, String reason, int caseVersion, Instant at) {
        return new Proposal(proposalId, decision, reason, caseVersion, at, ProposalState.PENDING, null, null, null);
    }

    public String proposedBy() {
        return decision.requestedBy();
    }

    public Proposal approved(String by, String note, Instant at) {
        return decided(ProposalState.APPROVED, by, note, at);
    }

    public Proposal rejected(String by, String note, Instant at) {
        return decided(ProposalState.REJECTED, by, note, at);
    }

    public Proposal stale(String foundBy, String why, Instant at) {
        return decided(ProposalState.STALE, foundBy, why, at);
    }

    /** What the reviewer who made it is answered. */
    public ProposalReceipt receipt() {
        return new ProposalReceipt(proposalId, decision.kind(), decision.demandId().toString(), decision.subjectId(),
                caseVersion, proposedBy(), reason, proposedAt);
    }

    private Proposal decided(ProposalState end, String by, String withNote, Instant at) {
        return new Proposal(proposalId, decision, reason, caseVersion, proposedAt, end, by, at, withNote);
    }
}
