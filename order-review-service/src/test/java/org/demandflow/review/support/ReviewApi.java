package org.demandflow.review.support;

import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.hamcrest.Matchers.startsWith;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The review API as the tests call it: JSON requests as a named local user (with a real access token of test-support's
 * {@code TestIdentity}), and the four-eyes
 * steps (a decision held as a proposal, then approved or rejected by another reviewer).
 */
public final class ReviewApi {

    /** The reviewer who proposes. */
    public static final String REVIEWER = "reviewer";
    /** The second pair of eyes: another REVIEWER, another token subject. */
    public static final String SECOND_REVIEWER = "reviewer2";

    private final MockMvc mvc;

    public ReviewApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends a JSON request as {@code user}. */
    public ResultActions as(String user, MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(bearer(user)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Sends a decision as the first reviewer, expects it held (202, PENDING), answers the proposal's id. */
    public String proposed(MockHttpServletRequestBuilder request, String json) throws Exception {
        String body = as(REVIEWER, request, json).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.state").value("PENDING")).andExpect(jsonPath("$.proposedBy").value(REVIEWER))
                .andExpect(header().string("Location", startsWith("/api/v1/approvals/")))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.proposalId");
    }

    /** Proposes to lift an order, as the first reviewer; answers the proposal's id. */
    public String liftProposed(Object demandId, String orderId) throws Exception {
        return proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/lift", demandId, orderId),
                "{\"reason\": \"court vacated the order\"}");
    }

    /** Answers a proposal as {@code user}: {@code APPROVE} or {@code REJECT}. */
    public ResultActions answer(String proposalId, String user, String decision) throws Exception {
        return as(user, post("/api/v1/approvals/{id}", proposalId),
                "{\"decision\": \"%s\", \"note\": \"checked\"}".formatted(decision));
    }

    /** Approves a proposal as the second reviewer and expects it to take effect. */
    public ResultActions approved(String proposalId) throws Exception {
        return answer(proposalId, SECOND_REVIEWER, "APPROVE").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"));
    }
}
