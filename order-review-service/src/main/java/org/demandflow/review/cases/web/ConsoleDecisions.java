package org.demandflow.review.cases.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.demandflow.review.cases.DecisionKind;
import org.demandflow.review.console.ConsolePage;
import org.demandflow.review.console.FormErrors;
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
 * The reviewer's decisions in the console, each a plain form (no script needed): the form, then a confirmation
 * page saying in words what the decision makes of the case, then the decision, taken through the API's own
 * {@link Decisions} (held for a second reviewer where safety rule 10 says so). Reviewers only.
 */
@Controller
@ConsolePage
@RequestMapping("/console/cases/{demandId}")
class ConsoleDecisions {

    private static final String DECIDES = ReviewController.DECIDES;
    private static final Map<String, Object> BLANK = Map.of(
            "no-secrecy-order", new ConsoleForms.NoOrderForm(null),
            "secrecy-order", ConsoleForms.OrderForm.blank(),
            "lift", new OrderForms.LiftForm(null, null),
            "extension", new OrderForms.ExtensionForm(null, ConsoleForms.DEFAULT_ZONE),
            "narrowing", new OrderForms.NarrowingForm(null),
            "challenge", new ChallengeForms.ChallengeForm(null, null, null, null, null),
            "challenge-decision", new ChallengeForms.ChallengeDecisionForm(null, null, false, null, null));

    private final DecisionSteps steps;

    ConsoleDecisions(DecisionSteps steps) {
        this.steps = steps;
    }

    @GetMapping({"/decide/{action:no-secrecy-order|secrecy-order}",
        "/orders/{orderId}/decide/{action:lift|extension|narrowing|challenge}"})
    @PreAuthorize(DECIDES)
    String form(@PathVariable String demandId, @PathVariable(required = false) String orderId,
                @PathVariable String action, Model model) {
        return steps.form(action, demandId, orderId, BLANK.get(action), FormErrors.none(), model);
    }

    @GetMapping("/challenges/{challengeId}/decide/challenge-decision")
    @PreAuthorize(DECIDES)
    String challengeDecisionForm(@PathVariable String demandId, @PathVariable String challengeId, Model model) {
        return steps.form("challenge-decision", demandId, challengeId, BLANK.get("challenge-decision"),
                FormErrors.none(), model);
    }

    @PostMapping("/decide/no-secrecy-order")
    @PreAuthorize(DECIDES)
    String noSecrecyOrder(@PathVariable String demandId, @ModelAttribute ConsoleForms.NoOrderForm form,
                          HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                          RedirectAttributes flash) {
        return steps.take(new DecisionSteps.Step("no-secrecy-order", DecisionKind.NO_SECRECY_ORDER, demandId, null,
                form), request, response, user, model, flash);
    }

    @PostMapping("/decide/secrecy-order")
    @PreAuthorize(DECIDES)
    String recordOrder(@PathVariable String demandId, @ModelAttribute ConsoleForms.OrderForm form,
                       HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                       RedirectAttributes flash) {
        return steps.take(new DecisionSteps.Step("secrecy-order", DecisionKind.SECRECY_ORDER, demandId, null, form),
                request, response, user, model, flash);
    }

    @PostMapping("/orders/{orderId}/decide/lift")
    @PreAuthorize(DECIDES)
    String lift(@PathVariable String demandId, @PathVariable String orderId, @ModelAttribute OrderForms.LiftForm form,
                HttpServletRequest request, HttpServletResponse response, Principal user, Model model,
                RedirectAttributes flash) {
        return steps.take(new DecisionSteps.Step("lift", DecisionKind.LIFT, demandId, orderId, form),
                request, response, user, model, flash);
    }

    @PostMapping("/orders/{orderId}/decide/extension")
    @PreAuthorize(DECIDES)
    String extend(@PathVariable String demandId, @PathVariable String orderId,
                  @ModelAttribute OrderForms.ExtensionForm form, HttpServletRequest request,
                  HttpServletResponse response, Principal user, Model model, RedirectAttributes flash) {
        return steps.take(new DecisionSteps.Step("extension", DecisionKind.EXTENSION, demandId, orderId, form),
                request, response, user, model, flash);
    }

    @PostMapping("/orders/{orderId}/decide/narrowing")
    @PreAuthorize(DECIDES)
    String narrow(@PathVariable String demandId, @PathVariable String orderId,
                  @ModelAttribute OrderForms.NarrowingForm form, HttpServletRequest request,
                  HttpServletResponse response, Principal user, Model model, RedirectAttributes flash) {
        return steps.take(new DecisionSteps.Step("narrowing", DecisionKind.NARROWING, demandId, orderId, form),
                request, response, user, model, flash);
    }

    @PostMapping("/orders/{orderId}/decide/challenge")
    @PreAuthorize(DECIDES)
    String fileChallenge(@PathVariable String demandId, @PathVariable String orderId,
                         @ModelAttribute ChallengeForms.ChallengeForm form, HttpServletRequest request,
                         HttpServletResponse response, Principal user, Model model, RedirectAttributes flash) {
        return steps.take(new DecisionSteps.Step("challenge", DecisionKind.CHALLENGE_FILING, demandId, orderId, form),
                request, response, user, model, flash);
    }

    @PostMapping("/challenges/{challengeId}/decide/challenge-decision")
    @PreAuthorize(DECIDES)
    String decideChallenge(@PathVariable String demandId, @PathVariable String challengeId,
                           @ModelAttribute ChallengeForms.ChallengeDecisionForm form, HttpServletRequest request,
                           HttpServletResponse response, Principal user, Model model, RedirectAttributes flash) {
        return steps.take(new DecisionSteps.Step("challenge-decision", DecisionKind.CHALLENGE_DECISION, demandId,
                challengeId, form), request, response, user, model, flash);
    }
}
