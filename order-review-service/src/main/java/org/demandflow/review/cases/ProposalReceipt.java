package org.demandflow.review.cases;

import java.time.Instant;

/**
 * What a held decision answers: the proposal that now waits for a second reviewer (rule 10), the case version it
 * is bound to and why it needs approval.
 */
public record ProposalReceipt(String proposalId, DecisionKind kind, String demandId, String subjectId,
                              int caseVersion, String proposedBy, String reason, Instant proposedAt) {
}
