package org.demandflow.intake.submission.web;

import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers a body that cannot be read with service-support's {@code 400} problem whose one reason
 * names the field ({@code INVALID_TYPE}, {@code MALFORMED_JSON} or {@code REQUIRED}); a lost race
 * between two takes of one submission is a {@code 409}. Other request errors get Spring's problems.
 */
@RestControllerAdvice(assignableTypes = DemandSubmissionController.class)
class RequestErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return Problems.unreadableBody(failure, "Unreadable demand submission",
                "The body does not match the DemandSubmission shape.");
    }

    /** Two takes of one submission id or ticket raced; the loser's transaction rolled back. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> concurrentSubmission() {
        return Problems.of(Refusal.conflict("The same submission or ticket was taken in at the same time; "
                + "send it again to get its outcome."), "Concurrent submission");
    }
}
