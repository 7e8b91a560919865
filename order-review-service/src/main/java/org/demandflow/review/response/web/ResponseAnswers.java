package org.demandflow.review.response.web;

import java.util.function.Function;
import org.demandflow.review.response.DemandResponse;
import org.demandflow.review.response.RequesterCheck;
import org.demandflow.review.response.ResponseResult;
import org.demandflow.review.response.application.ResponseDesk;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Turns the response model's results into HTTP answers: a change shows the response as it now stands; a refusal
 * is answered by the shared {@link Problems} (404, 409 or 422 problem+json).
 */
@Component
class ResponseAnswers {

    private final ResponseDesk desk;

    ResponseAnswers(ResponseDesk desk) {
        this.desk = desk;
    }

    /** The answer about the demand the path names; a text that is no demand id is answered 404. */
    ResponseEntity<Object> forDemand(String text, Function<DemandId, ResponseEntity<Object>> answer) {
        try {
            return answer.apply(DemandId.parse(text));
        } catch (IllegalArgumentException notAnId) {
            return problem(Refusal.notFound("no response for demand " + text));
        }
    }

    /** 200 with the response as it stands, or 404. */
    ResponseEntity<Object> current(DemandId demandId) {
        return desk.find(demandId).<ResponseEntity<Object>>map(r -> ResponseEntity.ok(view(r)))
                .orElseGet(() -> noResponse(demandId));
    }

    /** 200 with the response after a change, or the refusal. */
    ResponseEntity<Object> after(DemandId demandId, ResponseResult result) {
        if (result instanceof ResponseResult.Refused refused) {
            return problem(refused.refusal());
        }
        return current(demandId);
    }

    /** 201 locating the recorded check, or the refusal. */
    ResponseEntity<Object> checkRecorded(DemandId demandId, ResponseResult result) {
        if (result instanceof ResponseResult.Refused refused) {
            return problem(refused.refusal());
        }
        String checkId = ((ResponseResult.Changed) result).id();
        DemandResponse r = desk.find(demandId).orElseThrow();
        RequesterCheck check = r.checks().stream().filter(c -> c.checkId().equals(checkId)).findFirst().orElseThrow();
        return ResponseEntity.created(ResponseController.checkLocation(demandId, checkId)).body(
                new ResponseView.CheckRecorded(checkId, r.stage(), r.verification(), r.version(), check.recordedAt()));
    }

    static ResponseEntity<Object> noResponse(DemandId demandId) {
        return problem(Refusal.notFound("no response for demand " + demandId));
    }

    private ResponseView view(DemandResponse r) {
        return ResponseView.of(r, desk.requesterFlag(r).orElse(null));
    }

    private static ResponseEntity<Object> problem(Refusal refusal) {
        var answer = Problems.of(refusal);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
    }
}
