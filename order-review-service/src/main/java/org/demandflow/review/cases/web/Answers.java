package org.demandflow.review.cases.web;

import java.net.URI;
import java.util.function.BiFunction;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.application.ReviewService;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Turns the model's outcomes into HTTP answers: an accepted decision shows the case as it now stands;
 * refusals become 404, 409 or 422 problem details naming the state.
 */
@Component
class Answers {

    private final ReviewService reviews;

    Answers(ReviewService reviews) {
        this.reviews = reviews;
    }

    /** 200 with the case after an accepted decision, or the refusal. */
    ResponseEntity<Object> current(String demandId, Outcome outcome) {
        if (outcome instanceof Outcome.Refused refused) {
            return problem(refused);
        }
        return ResponseEntity.ok(CaseView.of(reviews.find(demandId).orElseThrow()));
    }

    /**
     * 201 locating what was created (under {@code collection}), with a body made of its id and the case as it
     * now stands; or the refusal.
     */
    ResponseEntity<Object> created(String demandId, String collection, Outcome outcome,
                                   BiFunction<String, CaseView, Object> body) {
        if (outcome instanceof Outcome.Refused refused) {
            return problem(refused);
        }
        String id = ((Outcome.Accepted) outcome).id();
        CaseView view = CaseView.of(reviews.find(demandId).orElseThrow());
        URI location = URI.create("/api/v1/reviews/" + demandId + "/" + collection + "/" + id);
        return ResponseEntity.created(location).body(body.apply(id, view));
    }

    static ResponseEntity<Object> notFound(String detail) {
        return problem(new Outcome.Refused(Outcome.Refusal.NOT_FOUND, detail));
    }

    private static ResponseEntity<Object> problem(Outcome.Refused refused) {
        HttpStatusCode status = switch (refused.refusal()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case INVALID -> HttpStatusCode.valueOf(422);
        };
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, refused.message());
        problem.setTitle(switch (refused.refusal()) {
            case NOT_FOUND -> "Not found";
            case CONFLICT -> "Not allowed in the current state";
            case INVALID -> "Unprocessable decision";
        });
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
