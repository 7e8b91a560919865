package org.demandflow.review.cases.web;

import java.util.Comparator;
import java.util.List;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.cases.StatusWords;
import org.demandflow.review.cases.application.ReviewService;
import org.demandflow.review.console.ConsolePage;
import org.demandflow.support.domain.DemandId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The console's queue and case page. Reviewers and auditors see the whole case; operators see the queue and the
 * demand's facts only. Decisions are {@link ConsoleDecisions}' forms.
 */
@Controller
@ConsolePage
class ConsoleCases {

    static final String SEES_QUEUE = "hasAnyRole('REVIEWER', 'AUDITOR', 'OPERATOR')";

    private final ReviewService reviews;
    private final Answers answers;

    ConsoleCases(ReviewService reviews, Answers answers) {
        this.reviews = reviews;
        this.answers = answers;
    }

    @GetMapping("/console")
    @PreAuthorize(SEES_QUEUE)
    String home() {
        return "redirect:/console/queue";
    }

    /** The cases pending review, oldest first, with their due dates. */
    @GetMapping("/console/queue")
    @PreAuthorize(SEES_QUEUE)
    String queue(Model model) {
        List<CaseView.DemandView> pending = reviews.findByStatus(SecrecyStatus.PENDING_REVIEW).stream()
                .map(c -> CaseView.DemandView.of(c.snapshot().demand()))
                .sorted(Comparator.comparing(CaseView.DemandView::receivedAt)).toList();
        model.addAttribute("pending", pending);
        return "console/queue";
    }

    @GetMapping("/console/cases/{demandId}")
    @PreAuthorize(SEES_QUEUE)
    String show(@PathVariable String demandId, Model model) {
        CaseView view = answers.view(caseOf(demandId));
        model.addAttribute("case", view);
        model.addAttribute("statusWords", StatusWords.of(view.status(), view.permittedRecipients()));
        return "console/case";
    }

    /** The case a path names; a text that is no demand id names none (404, like the API). */
    ReviewCase caseOf(String demandId) {
        try {
            return reviews.find(DemandId.parse(demandId)).orElseThrow(ConsoleCases::noCase);
        } catch (IllegalArgumentException notAnId) {
            throw noCase();
        }
    }

    private static ResponseStatusException noCase() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such review case");
    }
}
