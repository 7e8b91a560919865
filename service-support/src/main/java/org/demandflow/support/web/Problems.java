package org.demandflow.support.web;

import java.util.List;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * The one way a service answers a refused command or an unreadable request: an RFC 9457
 * {@code application/problem+json} body with {@code status}, {@code title}, {@code detail} and a
 * {@code reasons} array of {@code {field, code, message}} (empty when no field is at fault).
 *
 * <ul>
 *   <li>{@link Refusal.Kind#NOT_FOUND} → 404 "Not Found"</li>
 *   <li>{@link Refusal.Kind#CONFLICT} → 409 "Not allowed in the current state"</li>
 *   <li>{@link Refusal.Kind#INVALID} → 422 "Unprocessable request"</li>
 *   <li>a body that cannot be read → 400, one reason: {@code MALFORMED_JSON} (also a key given twice),
 *       {@code TOO_DEEP} (nested deeper than {@link JsonLimitsAutoConfiguration#MAX_NESTING_DEPTH}),
 *       {@code INVALID_TYPE} (naming the field's path) or {@code REQUIRED} (no body)</li>
 * </ul>
 * A service may give a more specific title (e.g. "Invalid demand submission"); status and shape stay.
 */
public final class Problems {

    /** The name of the problem property that lists the fields at fault. */
    public static final String REASONS = "reasons";

    private Problems() {
    }

    /** The answer to a refusal, titled by its kind. */
    public static ResponseEntity<ProblemDetail> of(Refusal refusal) {
        return of(refusal, titleOf(refusal.kind()));
    }

    /** The answer to a refusal, with a title of the service's own. */
    public static ResponseEntity<ProblemDetail> of(Refusal refusal, String title) {
        return problem(statusOf(refusal.kind()), title, refusal.detail(), refusal.violations());
    }

    /**
     * The 400 answer to a request body that cannot be read, its one reason naming where. Typed
     * {@code ResponseEntity<Object>} so a {@code ResponseEntityExceptionHandler} can return it from
     * {@code handleHttpMessageNotReadable}.
     */
    public static ResponseEntity<Object> unreadableBody(HttpMessageNotReadableException failure, String title,
            String detail) {
        ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, title, detail,
                List.of(reasonFor(failure)));
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
    }

    /** The HTTP status of a kind of refusal. */
    public static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    /** The default title of a kind of refusal. */
    public static String titleOf(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> "Not Found";
            case CONFLICT -> "Not allowed in the current state";
            case INVALID -> "Unprocessable request";
        };
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
            List<Violation> violations) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setProperty(REASONS, violations);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static Violation reasonFor(HttpMessageNotReadableException failure) {
        if (!(failure.getCause() instanceof JacksonException json)) {
            return new Violation("", "REQUIRED", "a JSON body is required");
        }
        if (json instanceof StreamConstraintsException) {
            return new Violation(path(json), "TOO_DEEP", "the body exceeds the limits of the JSON it may have");
        }
        if (json instanceof StreamReadException) {
            return new Violation(path(json), "MALFORMED_JSON", "the body is not well-formed JSON");
        }
        return new Violation(path(json), "INVALID_TYPE", "has the wrong JSON type or format");
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
