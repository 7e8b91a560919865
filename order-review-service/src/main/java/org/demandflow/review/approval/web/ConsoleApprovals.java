package org.demandflow.review.approval.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.demandflow.review.approval.Proposal;
import org.demandflow.review.approval.ProposalState;
import org.demandflow.review.approval.application.Approvals;
import org.demandflow.review.cases.DecisionPreview;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.StatusWords;
import org.demandflow.review.console.ConsolePage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's proposals waiting for a second reviewer (safety rule 10), oldest first, each with who proposed it
 * and why it waits. Another reviewer may approve it (after a page that says who may then be told) or reject it; its
 * proposer may only withdraw it (the page offers them no approval, and {@link Approvals} refuses one anyway).
 * Reviewers decide, auditors read.
 */
@Controller
@ConsolePage
class ConsoleApprovals {

    private final Approvals approvals;

    ConsoleApprovals(Approvals approvals) {
        this.approvals = approvals;
    }

    /** An approval or a rejection as the console's form posts it. */
    record Answer(@NotNull ApprovalRequest.Verdict decision, @Size(max = 2000) String note) {
    }

    @GetMapping("/console/approvals")
    @PreAuthorize("hasAnyRole('REVIEWER', 'AUDITOR')")
    String pending(Model model) {
        model.addAttribute("proposals", approvals.findBy(ProposalState.PENDING, null).stream()
                .map(ProposalView::of).toList());
        return "console/approvals";
    }

    @PostMapping("/console/approvals/{proposalId}")
    @PreAuthorize("hasRole('REVIEWER')")
    String answer(@PathVariable String proposalId, @Validated @ModelAttribute Answer answer, Principal user,
                  HttpServletRequest request, Model model, RedirectAttributes flash) {
        boolean approves = answer.decision() == ApprovalRequest.Verdict.APPROVE;
        if (approves && request.getParameter("confirmed") == null) {
            return confirmation(proposalId, answer, user, request, model, flash);
        }
        Outcome outcome = answer.decision() == ApprovalRequest.Verdict.APPROVE
                ? approvals.approve(proposalId, user.getName(), answer.note())
                : approvals.reject(proposalId, user.getName(), answer.note());
        if (outcome instanceof Outcome.Refused refused) {
            flash.addFlashAttribute("problem", refused.refusal().detail());
            return "redirect:/console/approvals";
        }
        String demandId = approvals.find(proposalId).orElseThrow().decision().demandId().toString();
        flash.addFlashAttribute("notice", answer.decision() == ApprovalRequest.Verdict.APPROVE
                ? "Approved: the decision has taken effect." : "Rejected: the decision will not take effect.");
        return "redirect:/console/cases/" + demandId;
    }

    /** Says what approving would do (who may then be told), or why it may not be approved, before it is. */
    private String confirmation(String proposalId, Answer answer, Principal user, HttpServletRequest request,
                                Model model, RedirectAttributes flash) {
        DecisionPreview preview = approvals.previewApproval(proposalId, user.getName());
        if (preview.outcome() instanceof Outcome.Refused refused) {
            flash.addFlashAttribute("problem", refused.refusal().detail());
            return "redirect:/console/approvals";
        }
        Proposal proposal = approvals.find(proposalId).orElseThrow();
        model.addAttribute("case", new Subject(proposal.decision().demandId().toString(), null));
        model.addAttribute("outcome", "Approving lets " + proposal.proposedBy() + "'s " + proposal.decision().kind()
                + " take effect now. " + StatusWords.of(preview.after()));
        model.addAttribute("waits", false);
        model.addAttribute("fields", List.of(Map.entry("decision", answer.decision().name()),
                Map.entry("note", answer.note() == null ? "" : answer.note())));
        model.addAttribute("target", request.getRequestURI());
        return "console/confirm";
    }

    /** What the confirmation page names: the case (its status is said in the outcome). */
    record Subject(String demandId, String status) {
    }
}
