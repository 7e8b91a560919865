package org.demandflow.review.approval.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.demandflow.review.approval.ProposalState;
import org.demandflow.review.approval.application.Approvals;
import org.demandflow.review.cases.Outcome;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proposals that wait for a second reviewer (safety rule 10). Reviewers approve or reject; auditors and reviewers
 * read. Approval by the proposer, of a proposal no longer pending, or of a stale one (the case's version moved or
 * its order ended; it then becomes STALE) is refused with 409 problem+json.
 */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalController {

    private static final String READS = "hasAnyRole('REVIEWER', 'AUDITOR')";
    private static final String DECIDES = "hasRole('REVIEWER')";

    private final Approvals approvals;

    ApprovalController(Approvals approvals) {
        this.approvals = approvals;
    }

    @GetMapping
    @PreAuthorize(READS)
    @Operation(summary = "The proposals in a state (e.g. PENDING) and on a demand, oldest first; "
            + "a parameter left out does not filter")
    List<ProposalView> list(@RequestParam(required = false) ProposalState state,
                            @RequestParam(required = false) String demandId) {
        return approvals.findBy(state, demandId).stream().map(ProposalView::of).toList();
    }

    @GetMapping("/{proposalId}")
    @PreAuthorize(READS)
    ResponseEntity<Object> show(@PathVariable String proposalId) {
        return approvals.find(proposalId).<ResponseEntity<Object>>map(p -> ResponseEntity.ok(ProposalView.of(p)))
                .orElseGet(() -> problem(Refusal.notFound("no proposal " + proposalId)));
    }

    @PostMapping("/{proposalId}")
    @PreAuthorize(DECIDES)
    @Operation(summary = "Approve (a second reviewer; the decision takes effect) or reject a pending proposal")
    @ApiResponse(responseCode = "200", description = "The decided proposal",
            content = @Content(schema = @Schema(implementation = ProposalView.class)))
    @ApiResponse(responseCode = "409", description = "The proposer may not approve; the proposal is not pending; "
            + "or it is stale (the case's version moved or its order ended) and must be made again",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<Object> decide(@PathVariable String proposalId, @Valid @RequestBody ApprovalRequest body,
                                  Principal user) {
        Outcome outcome = body.decision() == ApprovalRequest.Verdict.APPROVE
                ? approvals.approve(proposalId, user.getName(), body.note())
                : approvals.reject(proposalId, user.getName(), body.note());
        if (outcome instanceof Outcome.Refused refused) {
            return problem(refused.refusal());
        }
        return show(proposalId);
    }

    private static ResponseEntity<Object> problem(Refusal refusal) {
        ResponseEntity<ProblemDetail> answer = Problems.of(refusal);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
    }
}
