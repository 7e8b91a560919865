package org.demandflow.review.response.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.function.Supplier;
import org.demandflow.review.console.ConsolePage;
import org.demandflow.review.console.FormErrors;
import org.demandflow.review.response.CheckRequest;
import org.demandflow.review.response.ResponseResult;
import org.demandflow.review.response.application.ResponseDesk;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The response track in the console (redirect first): the response's stage, checks and steps, and the reviewer's
 * next step as a plain form (the API's own request records), confirmed on a page that says what the step does,
 * then taken by {@link ResponseDesk}, which holds every rule. Reviewers act; auditors read.
 */
@Controller
@ConsolePage
@RequestMapping("/console/cases/{demandId}/response")
class ConsoleResponse {

    private final ResponseDesk desk;
    private final ResponsePages pages;

    ConsoleResponse(ResponseDesk desk, ResponsePages pages) {
        this.desk = desk;
        this.pages = pages;
    }

    @GetMapping
    @PreAuthorize(ResponseController.READS)
    String show(@PathVariable String demandId, Model model) {
        return pages.page(demandId, null, FormErrors.none(), model);
    }

    @PostMapping("/redirect")
    @PreAuthorize(ResponseController.DECIDES)
    String redirect(@PathVariable String demandId, @ModelAttribute ResponseRequests.RedirectRequest form,
                    HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                    RedirectAttributes flash) {
        return pages.step(new ResponsePages.Step(demandId, "redirect", form, "A redirect letter goes to the"
                + " requester's e-mail address, and nowhere else, sending the agency to the customer."),
                () -> desk.redirect(pages.idOf(demandId), form.note(), user.getName()), request, response, model,
                flash);
    }

    @PostMapping("/rejection")
    @PreAuthorize(ResponseController.DECIDES)
    String reject(@PathVariable String demandId, @ModelAttribute ResponseRequests.RejectionRequest form,
                  HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                  RedirectAttributes flash) {
        return pages.step(new ResponsePages.Step(demandId, "rejection", form, "The demand is rejected as invalid"
                + " and the response closes; a rejection letter goes to the requester."),
                () -> desk.reject(pages.idOf(demandId), form.reason(), user.getName()), request, response, model,
                flash);
    }

    @PostMapping("/agency-answer")
    @PreAuthorize(ResponseController.DECIDES)
    String answer(@PathVariable String demandId, @ModelAttribute ResponseRequests.AgencyAnswerRequest form,
                  HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                  RedirectAttributes flash) {
        return pages.step(new ResponsePages.Step(demandId, "agency-answer", form, "The agency's answer is recorded: "
                + form.answer() + "."), () -> desk.answer(pages.idOf(demandId), form.answer(), form.note(),
                user.getName()), request, response, model, flash);
    }

    @PostMapping("/disposition")
    @PreAuthorize(ResponseController.DECIDES)
    String dispose(@PathVariable String demandId, @ModelAttribute ResponseRequests.DispositionRequest form,
                   HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                   RedirectAttributes flash) {
        return pages.step(new ResponsePages.Step(demandId, "disposition", form, "The response closes as "
                + form.disposition() + "; a disposition is final (a correction is a new version with a reason)."),
                () -> desk.dispose(pages.idOf(demandId), form.disposition(), form.reason(), user.getName()), request,
                response, model, flash);
    }

    @PostMapping("/corrections")
    @PreAuthorize(ResponseController.DECIDES)
    String correct(@PathVariable String demandId, @ModelAttribute ResponseRequests.DispositionRequest form,
                   HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                   RedirectAttributes flash) {
        return pages.step(new ResponsePages.Step(demandId, "corrections", form, "The closed response is corrected"
                + " to " + form.disposition() + ", as a new version with your reason."),
                () -> desk.correct(pages.idOf(demandId), form.disposition(), form.reason(), user.getName()), request,
                response, model, flash);
    }

    @PostMapping("/verification-checks")
    @PreAuthorize(ResponseController.DECIDES)
    String recordCheck(@PathVariable String demandId, @ModelAttribute ResponseRequests.CheckRequestBody form,
                       HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                       RedirectAttributes flash) {
        Supplier<ResponseResult> command = () -> desk.recordCheck(pages.idOf(demandId), new CheckRequest(
                form.method(), form.result(), form.callbackNumber(), form.note()), user.getName());
        return pages.step(new ResponsePages.Step(demandId, "verification-checks", form, "A check of the requester"
                + " is recorded: " + form.method() + ", " + form.result() + (form.result() != null
                && form.result().name().equals("FAILED") ? "; a failed check closes the response REJECTED." : ".")),
                command, request, response, model, flash);
    }

    @PostMapping("/verification-checks/{checkId}/confirmation")
    @PreAuthorize(ResponseController.DECIDES)
    String confirmCheck(@PathVariable String demandId, @PathVariable String checkId, HttpServletRequest request,
                        HttpServletResponse response, Principal user, Model model, RedirectAttributes flash) {
        return pages.step(new ResponsePages.Step(demandId, "confirmation", new Object(), "You confirm, as the second"
                + " reviewer, the requester check " + checkId + "."), () -> desk.confirmCheck(pages.idOf(demandId),
                checkId, user.getName()), request, response, model, flash);
    }
}
