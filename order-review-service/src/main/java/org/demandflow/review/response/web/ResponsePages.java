package org.demandflow.review.response.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.demandflow.review.console.FormErrors;
import org.demandflow.review.response.AgencyAnswer;
import org.demandflow.review.response.CheckMethod;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.Disposition;
import org.demandflow.review.response.ResponseResult;
import org.demandflow.review.response.Verification;
import org.demandflow.review.response.application.ResponseDesk;
import org.demandflow.support.domain.DemandId;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps of a response form in the console: check the form (messages next to its fields, 422), confirm what the
 * step does (the response track never changes who may be told: the page says so), then take it and show the
 * response again with a notice, or the refusal above the form.
 */
@Component
class ResponsePages {

    private static final String SECRECY_UNCHANGED = " Who may be told about the demand does not change: that is the"
            + " secrecy status's, decided apart from the response.";

    private final ResponseDesk desk;
    private final Validator validator;

    ResponsePages(ResponseDesk desk, Validator validator) {
        this.desk = desk;
        this.validator = validator;
    }

    /** One posted step: its case, its form's name, the form, and what it does in words. */
    record Step(String demandId, String name, Object form, String meaning) {
    }

    /** The demand a path names; a text that is no demand id, or a demand without response, is 404. */
    DemandId idOf(String text) {
        try {
            DemandId id = DemandId.parse(text);
            desk.find(id).orElseThrow(ResponsePages::noResponse);
            return id;
        } catch (IllegalArgumentException notAnId) {
            throw noResponse();
        }
    }

    String page(String demandId, String failed, FormErrors errors, Model model) {
        DemandResponse response = desk.find(idOf(demandId)).orElseThrow(ResponsePages::noResponse);
        model.addAttribute("response", ResponseView.of(response, desk.requesterFlag(response).orElse(null)));
        model.addAttribute("failed", failed);
        model.addAttribute("errors", errors);
        model.addAttribute("answers", AgencyAnswer.values());
        model.addAttribute("dispositions", Disposition.values());
        model.addAttribute("methods", CheckMethod.values());
        model.addAttribute("results", Verification.values());
        return "console/response";
    }

    String step(Step step, Supplier<ResponseResult> command, HttpServletRequest request,
                HttpServletResponse response, Model model, RedirectAttributes flash) {
        idOf(step.demandId());
        FormErrors errors = FormErrors.none();
        validator.validate(step.form()).forEach(v -> errors.add(v.getPropertyPath().toString(), v.getMessage()));
        if (!errors.isEmpty()) {
            return refused(step, errors, response, model);
        }
        if (request.getParameter("confirmed") == null) {
            model.addAttribute("case", new Subject(step.demandId(), desk.find(idOf(step.demandId())).orElseThrow()
                    .stage().name()));
            model.addAttribute("outcome", step.meaning() + SECRECY_UNCHANGED);
            model.addAttribute("waits", false);
            model.addAttribute("fields", hiddenFields(request));
            model.addAttribute("target", request.getRequestURI());
            return "console/confirm";
        }
        if (command.get() instanceof ResponseResult.Refused refused) {
            return refused(step, FormErrors.of(refused.refusal(), Map.of()), response, model);
        }
        flash.addFlashAttribute("notice", "Done. " + step.meaning());
        return "redirect:/console/cases/" + idOf(step.demandId()) + "/response";
    }

    /** What the confirmation page names: the case and where its response stands. */
    record Subject(String demandId, String status) {
    }

    private String refused(Step step, FormErrors errors, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(step.demandId(), step.name(), errors, model);
    }

    private static List<Map.Entry<String, String>> hiddenFields(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals("_csrf") && !e.getKey().equals("confirmed"))
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> Map.entry(e.getKey(), v))).toList();
    }

    private static ResponseStatusException noResponse() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such response");
    }
}
