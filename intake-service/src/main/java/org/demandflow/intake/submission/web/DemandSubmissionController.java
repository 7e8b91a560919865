package org.demandflow.intake.submission.web;

import org.demandflow.intake.submission.application.SubmissionIntake;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/demands}: an operator submits a demand by hand; it is taken in exactly
 * like a submission from Kafka and answered by {@link SubmissionAnswers}.
 */
@RestController
@RequestMapping("/api/v1/demands")
class DemandSubmissionController {

    private final SubmissionIntake intake;

    DemandSubmissionController(SubmissionIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    @PreAuthorize("hasRole('OPERATOR')")
    ResponseEntity<?> submit(@RequestBody DemandSubmissionRequest request) {
        return SubmissionAnswers.answer(intake.handle(request.toSubmission()));
    }
}
