package org.demandflow.review.approval.web;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.demandflow.review.approval.Proposal;
import org.demandflow.review.approval.ProposalState;
import org.demandflow.review.cases.DecisionKind;

/**
 * A proposal as the API shows it, with the request it holds exactly as the proposer sent it (what a second reviewer
 * approves).
 *
 * @param request the held decision's request body (JSON)
 */
public record ProposalView(String proposalId, DecisionKind kind, String demandId, String subjectId,
                           @JsonRawValue @Schema(type = "object") String request, String reason, int caseVersion,
                           String proposedBy, Instant proposedAt, ProposalState state, String decidedBy,
                           Instant decidedAt, String note) {

    static ProposalView of(Proposal p) {
        return new ProposalView(p.proposalId(), p.decision().kind(), p.decision().demandId().toString(),
                p.decision().subjectId(), p.decision().request(), p.reason(), p.caseVersion(), p.proposedBy(),
                p.proposedAt(), p.state(), p.decidedBy(), p.decidedAt(), p.note());
    }
}
