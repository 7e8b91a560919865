package org.demandflow.intake.submission.web;

import java.util.List;
import org.demandflow.intake.submission.web.SubmissionAnswers.ReasonBody;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Answers a body that cannot be read with a {@code 400} problem whose reason names the field:
 * code {@code INVALID_TYPE} for a value of the wrong JSON type or format, {@code MALFORMED_JSON}
 * for text that is not JSON, {@code REQUIRED} for no body; a lost race between two takes of one
 * submission is a {@code 409}. Other request errors get Spring's problems.
 */
@RestControllerAdvice(assignableTypes = DemandSubmissionController.class)
class RequestErrors extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException failure,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ReasonBody reason = failure.getCause() instanceof JacksonException json ? describe(json)
                : new ReasonBody("", "REQUIRED", "a JSON body is required");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(SubmissionAnswers.problem(HttpStatus.BAD_REQUEST, "Unreadable demand submission",
                        "The body does not match the DemandSubmission shape.", List.of(reason)).getBody());
    }

    /** Two takes of one submission id or ticket raced; the loser's transaction rolled back. */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> concurrentSubmission() {
        return SubmissionAnswers.problem(HttpStatus.CONFLICT, "Concurrent submission",
                "The same submission or ticket was taken in at the same time; send it again to get its outcome.",
                List.of());
    }

    private static ReasonBody describe(JacksonException failure) {
        if (failure instanceof StreamReadException) {
            return new ReasonBody(path(failure), "MALFORMED_JSON", "the body is not well-formed JSON");
        }
        return new ReasonBody(path(failure), "INVALID_TYPE", "has the wrong JSON type or format");
    }

    private static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : failure.getPath()) {
            if (step.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            } else if (step.getIndex() >= 0) {
                path.append('[').append(step.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
