package org.demandflow.review.attention;

import java.time.Instant;
import org.demandflow.review.approval.Proposal;
import org.demandflow.support.domain.DemandId;

/**
 * One reason to look at a case.
 *
 * @param orderId the order concerned, or {@code null} for the case as a whole
 * @param dueAt the date the item is about, or {@code null} when it has none (an order without end)
 */
public record AttentionItem(DemandId demandId, String orderId, AttentionKind kind, String reason, Instant dueAt) {

    /** A proposal waiting for a second reviewer, due since it was made; the order is its subject, if any. */
    public static AttentionItem pendingProposal(Proposal p) {
        return new AttentionItem(p.decision().demandId(), p.decision().subjectId(), AttentionKind.PROPOSAL_PENDING,
                p.decision().kind() + " proposed by " + p.proposedBy() + " waits for a second reviewer (proposal "
                        + p.proposalId() + "): " + p.reason(), p.proposedAt());
    }
}
