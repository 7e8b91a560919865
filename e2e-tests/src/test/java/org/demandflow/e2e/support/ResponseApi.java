package org.demandflow.e2e.support;

import java.util.HashMap;
import java.util.Map;
import org.demandflow.e2e.support.RestClient.Answer;

/**
 * The response track of order review as legal reviewers use it (redirect first): {@code reviewer} acts,
 * {@code reviewer2} confirms a requester check (four eyes).
 */
public final class ResponseApi {

    private final RestClient reviewer;
    private final RestClient secondReviewer;

    public ResponseApi(ServiceProcess review) {
        this.reviewer = new RestClient(review.url() + "/api/v1/reviews/", "reviewer");
        this.secondReviewer = new RestClient(review.url() + "/api/v1/reviews/", "reviewer2");
    }

    /** The response: stage, disposition, verification, requester flag, checks, versions. */
    public Answer show(String demandId) {
        return reviewer.get(demandId + "/response");
    }

    public Answer redirect(String demandId) {
        return reviewer.post(demandId + "/response/redirect", Map.of("note", "redirect first"));
    }

    /** The agency's answer to the redirect: WILL_SEEK_FROM_CUSTOMER, WITHDRAWN or INSISTS. */
    public Answer agencyAnswer(String demandId, String answer) {
        return reviewer.post(demandId + "/response/agency-answer", Map.of("answer", answer, "note", "by phone"));
    }

    public Answer disposition(String demandId, String disposition, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("disposition", disposition);
        body.put("reason", reason);
        return reviewer.post(demandId + "/response/disposition", body);
    }

    /** Records a check of the requester by {@code method} with {@code result} (VERIFIED or FAILED). */
    public Answer check(String demandId, String method, String result, String callbackNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("method", method);
        body.put("result", result);
        body.put("callbackNumber", callbackNumber);
        body.put("note", "e2e");
        return reviewer.post(demandId + "/response/verification-checks", body);
    }

    /** The second reviewer confirms a VERIFIED check. */
    public Answer confirm(String demandId, String checkId) {
        return secondReviewer.post(demandId + "/response/verification-checks/" + checkId + "/confirmation",
                Map.of());
    }
}
