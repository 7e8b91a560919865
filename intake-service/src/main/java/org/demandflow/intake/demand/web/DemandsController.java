package org.demandflow.intake.demand.web;

import java.util.UUID;
import org.demandflow.intake.demand.DemandId;
import org.demandflow.intake.demand.Demands;
import org.demandflow.intake.submission.IntakeOutcome;
import org.demandflow.intake.submission.application.SubmissionIntake;
import org.springframework.http.HttpStatus;
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
 * {@code /api/v1/demands}: operators submit a demand by hand (the same intake as from Kafka);
 * operators, reviewers and auditors read demands (pages of at most 200, newest received first).
 */
@RestController
@RequestMapping("/api/v1/demands")
class DemandsController {

    private static final int MAX_PAGE_SIZE = 200;

    private final SubmissionIntake intake;
    private final Demands demands;
    private final OutcomeResponses responses;

    DemandsController(SubmissionIntake intake, Demands demands, OutcomeResponses responses) {
        this.intake = intake;
        this.demands = demands;
        this.responses = responses;
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<?> submit(@RequestBody DemandSubmissionRequest request) {
        IntakeOutcome outcome = intake.handle(request.toSubmission());
        return responses.answer(outcome);
    }

    @GetMapping("/{demandId}")
    @PreAuthorize("hasAnyRole('OPERATOR', 'REVIEWER', 'AUDITOR')")
    ResponseEntity<?> demand(@PathVariable UUID demandId) {
        return demands.findById(new DemandId(demandId))
                .<ResponseEntity<?>>map(demand -> ResponseEntity.ok(DemandView.of(demand)))
                .orElseGet(() -> ResponseEntity.of(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                        "No demand " + demandId)).build());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OPERATOR', 'REVIEWER', 'AUDITOR')")
    DemandPage demandsOf(@RequestParam String customerId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        page = Math.max(0, page);
        size = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        long total = demands.countByCustomer(customerId);
        return new DemandPage(demands.findByCustomer(customerId, page, size).stream().map(DemandView::of).toList(),
                page, size, total, (total + size - 1) / size);
    }
}
