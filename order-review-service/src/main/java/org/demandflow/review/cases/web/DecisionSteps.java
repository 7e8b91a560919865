package org.demandflow.review.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.cases.DecisionPreview;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.StatusWords;
import org.demandflow.review.challenge.ChallengeLevel;
import org.demandflow.review.challenge.ChallengeOutcome;
import org.demandflow.review.challenge.MatterType;
import org.demandflow.support.domain.DemandId;
import org.demandflow.review.console.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a console decision: check the form (messages next to its fields, 422), show what the decision would
 * do and ask to confirm it (the same fields again, hidden), then take it and go back to the case with a notice.
 * The model is asked twice, on confirmation and on the decision itself, so a case that changed in between is
 * judged as it is then.
 */
@Component
class DecisionSteps {

    /** The parameter the confirmation page adds: the reviewer saw what the decision does and confirms it. */
    static final String CONFIRMED = "confirmed";

    private final ConsoleCases cases;
    private final Decisions decisions;
    private final Validator validator;

    DecisionSteps(ConsoleCases cases, Decisions decisions, Validator validator) {
        this.cases = cases;
        this.decisions = decisions;
        this.validator = validator;
    }

    /** One decision posted from the console: the action (its page), the decision kind, the case, the subject. */
    record Step(String action, DecisionKind kind, String demandId, String subjectId, ConsoleForms.Form form) {
    }

    /** The form page of an action on a case, with the messages to show. */
    String form(String action, String demandId, String subjectId, Object form, FormErrors errors, Model model) {
        ReviewCase reviewCase = cases.caseOf(demandId);
        model.addAttribute("case", CaseView.of(reviewCase, null));
        model.addAttribute("subjectId", subjectId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("authorities", OrderAuthority.values());
        model.addAttribute("levels", ChallengeLevel.values());
        model.addAttribute("matters", MatterType.values());
        model.addAttribute("outcomes", ChallengeOutcome.values());
        return "console/decide/" + action;
    }

    String take(Step step, HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                RedirectAttributes flash) {
        DemandId demandId = cases.caseOf(step.demandId()).demandId();
        FormErrors errors = FormErrors.none();
        validator.validate(step.form()).forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        if (errors.isEmpty()) {
            errors.and(step.form().check());
        }
        if (!errors.isEmpty()) {
            return refused(step, errors, response, model);
        }
        Object body = step.form().request(step.subjectId());
        if (request.getParameter(CONFIRMED) == null) {
            return confirmation(step, demandId, body, request, response, user, model);
        }
        Outcome outcome = decisions.take(step.kind(), demandId, step.subjectId(), body, user.getName());
        if (outcome instanceof Outcome.Refused refused) {
            return refused(step, FormErrors.of(refused.refusal(), step.form().renamed()), response, model);
        }
        flash.addFlashAttribute("notice", outcome instanceof Outcome.Proposed proposed
                ? "Proposed: this decision waits for a second reviewer (proposal " + proposed.proposal().proposalId()
                        + "). Nothing has changed yet."
                : "Done. " + StatusWords.of(cases.caseOf(step.demandId()).snapshot().published()));
        return "redirect:/console/cases/" + demandId;
    }

    private String confirmation(Step step, DemandId demandId, Object body, HttpServletRequest request,
                                HttpServletResponse response, Principal user, Model model) {
        DecisionPreview preview = decisions.preview(step.kind(), demandId, step.subjectId(), body, user.getName());
        if (preview.outcome() instanceof Outcome.Refused refused) {
            return refused(step, FormErrors.of(refused.refusal(), step.form().renamed()), response, model);
        }
        ReviewCase reviewCase = cases.caseOf(step.demandId());
        model.addAttribute("case", CaseView.of(reviewCase, null));
        model.addAttribute("action", step.action());
        model.addAttribute("outcome", StatusWords.outcomeOf(preview, reviewCase.snapshot().published()));
        model.addAttribute("waits", preview.waitsForSecondReviewer());
        model.addAttribute("fields", hiddenFields(request));
        model.addAttribute("target", request.getRequestURI());
        return "console/confirm";
    }

    private String refused(Step step, FormErrors errors, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(step.action(), step.demandId(), step.subjectId(), step.form(),
                errors.shownOn(step.form().fields()), model);
    }

    /** The posted fields, to post again on confirmation (not the CSRF token: the page adds its own). */
    private static List<Map.Entry<String, String>> hiddenFields(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("_csrf") && !e.getKey().equals(CONFIRMED))
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> Map.entry(e.getKey(), v))).toList();
    }
}
