package org.demandflow.review.cases.web;

import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.demandflow.review.agency.Agencies;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ProposalReceipt;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.application.ReviewService;
import org.demandflow.review.response.DemandResponses;
import org.demandflow.review.response.RequesterMatch;
import org.demandflow.support.domain.DemandId;
import org.demandflow.support.domain.Refusal;
import org.demandflow.support.domain.Refusal.Violation;
import org.demandflow.support.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Turns the model's outcomes into HTTP answers: an accepted decision shows the case as it now stands; a decision
 * held for a second reviewer answers 202 with its proposal (located under {@code /api/v1/approvals}); a
 * refusal is answered by the shared {@link Problems} (404, 409 or 422 problem+json naming the state), with the
 * titles this API has always used.
 */
@Component
class Answers {

    private final ReviewService reviews;
    private final DemandResponses responses;
    private final Agencies agencies;

    Answers(ReviewService reviews, DemandResponses responses, Agencies agencies) {
        this.reviews = reviews;
        this.responses = responses;
        this.agencies = agencies;
    }

    /** The case as the API shows it, with its response track (and the requester's flag), if it has one. */
    CaseView view(ReviewCase reviewCase) {
        CaseView.ResponseSummary response = responses.find(reviewCase.demandId()).map(r -> CaseView.ResponseSummary
                .of(r, RequesterMatch.flagOf(r.demand(), agencies.findNamed(r.demand().agency())).orElse(null)))
                .orElse(null);
        return CaseView.of(reviewCase, response);
    }

    /**
     * The answer about the demand the path names. A text that is no demand id names no case: it is answered
     * like any unknown demand, 404.
     */
    ResponseEntity<Object> forDemand(String text, Function<DemandId, ResponseEntity<Object>> answer) {
        try {
            return answer.apply(DemandId.parse(text));
        } catch (IllegalArgumentException notAnId) {
            return notFound(noCase(text));
        }
    }

    /** The detail of a 404 for a demand without a case. */
    static String noCase(Object demandId) {
        return "no review case for demand " + demandId;
    }

    /** 200 with the case after an accepted decision, 202 with the proposal of a held one, or the refusal. */
    ResponseEntity<Object> current(DemandId demandId, Outcome outcome) {
        if (outcome instanceof Outcome.Refused refused) {
            return problem(refused.refusal());
        }
        if (outcome instanceof Outcome.Proposed proposed) {
            return accepted(proposed.proposal());
        }
        return ResponseEntity.ok(view(reviews.find(demandId).orElseThrow()));
    }

    /**
     * 201 locating what was created (under {@code collection}), with a body made of its id and the case as it
     * now stands; 202 with the proposal of a held decision; or the refusal.
     */
    ResponseEntity<Object> created(DemandId demandId, String collection, Outcome outcome,
                                   BiFunction<String, CaseView, Object> body) {
        if (outcome instanceof Outcome.Refused refused) {
            return problem(refused.refusal());
        }
        if (outcome instanceof Outcome.Proposed proposed) {
            return accepted(proposed.proposal());
        }
        String id = ((Outcome.Accepted) outcome).id();
        CaseView view = view(reviews.find(demandId).orElseThrow());
        URI location = URI.create("/api/v1/reviews/" + demandId + "/" + collection + "/" + id);
        return ResponseEntity.created(location).body(body.apply(id, view));
    }

    /** 422 naming every field at fault, or the answer when there is none. */
    static ResponseEntity<Object> unlessInvalid(List<Violation> violations, Supplier<ResponseEntity<Object>> answer) {
        if (violations.isEmpty()) {
            return answer.get();
        }
        return problem(Refusal.invalid("the request names unacceptable e-mail addresses", violations));
    }

    /** 202: nothing changed yet; the proposal waits for a second reviewer at its approval resource. */
    private static ResponseEntity<Object> accepted(ProposalReceipt proposal) {
        URI location = URI.create(MayWaitForApproval.APPROVALS + "/" + proposal.proposalId());
        return ResponseEntity.accepted().location(location).body(CaseView.Proposal.of(proposal));
    }

    static ResponseEntity<Object> notFound(String detail) {
        return problem(Refusal.notFound(detail));
    }

    private static ResponseEntity<Object> problem(Refusal refusal) {
        String title = switch (refusal.kind()) {
            case NOT_FOUND -> "Not found";
            case CONFLICT -> Problems.titleOf(refusal.kind());
            case INVALID -> "Unprocessable decision";
        };
        ResponseEntity<ProblemDetail> answer = Problems.of(refusal, title);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders()).body(answer.getBody());
    }
}
