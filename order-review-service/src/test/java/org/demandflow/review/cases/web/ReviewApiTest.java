package org.demandflow.review.cases.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class ReviewApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    private ReviewApi api;

    @BeforeEach
    void api() {
        api = new ReviewApi(mvc);
    }

    private ResultActions shown(String demandId) throws Exception {
        return mvc.perform(get("/api/v1/reviews/{id}", demandId).with(bearer("auditor")))
                .andExpect(status().isOk());
    }

    private ResultActions asReviewer(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(bearer("reviewer"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private String fullOrder(Duration runsFor) {
        return """
                {"authority": "USC_2705B", "court": "W.D. Wash.", "docketNumber": "MJ-7",
                 "issuedAt": "%s", "expiresAt": "%s", "scope": "FULL"}"""
                .formatted(clock.instant(), clock.instant().plus(runsFor));
    }

    private String recordOrder(String demandId, String json) throws Exception {
        String body = asReviewer(post("/api/v1/reviews/{id}/secrecy-orders", demandId), json)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.orderId");
    }

    @Test
    void an_auditor_reads_a_new_case_as_pending_review_version_one() throws Exception {
        String demandId = openedCase().toString();

        mvc.perform(get("/api/v1/reviews/{id}", demandId).with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(get("/api/v1/reviews").param("status", "PENDING_REVIEW").with(bearer("auditor")))
                .andExpect(jsonPath("$[*].demandId", hasItem(demandId)));
    }

    @Test
    void an_anonymous_caller_gets_401_as_problem_json() throws Exception {
        mvc.perform(get("/api/v1/reviews/{id}", openedCase()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_auditor_may_not_decide() throws Exception {
        mvc.perform(post("/api/v1/reviews/{id}/no-secrecy-order", openedCase())
                        .with(bearer("auditor")).contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void decisions_move_the_status_with_consecutive_versions_and_record_the_reviewer() throws Exception {
        String demandId = openedCase().toString();

        String orderId = recordOrder(demandId, fullOrder(Duration.ofDays(30)));
        asReviewer(post("/api/v1/reviews/{id}/secrecy-orders/{o}/extensions", demandId, orderId),
                "{\"expiresAt\": \"%s\"}".formatted(clock.instant().plus(Duration.ofDays(60))))
                .andExpect(jsonPath("$.status").value("RESTRICTED")).andExpect(jsonPath("$.version").value(2));
        api.approved(api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", demandId, orderId),
                "{\"permittedRecipients\": [\"CEO@contoso.com\"]}"));
        shown(demandId).andExpect(jsonPath("$.status").value("EXECUTIVE_ONLY"))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.permittedRecipients[0]").value("ceo@contoso.com"));
        api.approved(api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/lift", demandId, orderId),
                "{\"reason\": \"court vacated the order\"}"));
        shown(demandId).andExpect(jsonPath("$.status").value("CLEARED")).andExpect(jsonPath("$.version").value(4))
                .andExpect(jsonPath("$.delayedNotice.docketNumber").value("MJ-7"))
                .andExpect(jsonPath("$.history[*].actor", hasItem("reviewer")))
                .andExpect(jsonPath("$.history[*].actor", hasItem("reviewer2")))
                .andExpect(jsonPath("$.history.length()").value(9));
    }

    @Test
    void a_second_lift_is_409_naming_the_state() throws Exception {
        String demandId = openedCase().toString();
        String orderId = recordOrder(demandId, fullOrder(Duration.ofDays(30)));
        api.approved(api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/lift", demandId, orderId),
                "{\"reason\": \"r\"}"));

        asReviewer(post("/api/v1/reviews/{id}/secrecy-orders/{o}/lift", demandId, orderId), "{\"reason\": \"r\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("LIFTED")));
    }

    @Test
    void an_executive_only_order_without_recipients_is_422() throws Exception {
        asReviewer(post("/api/v1/reviews/{id}/secrecy-orders", openedCase()), """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": null, "scope": "EXECUTIVE_ONLY"}"""
                .formatted(clock.instant()))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void an_order_without_authority_is_400() throws Exception {
        asReviewer(post("/api/v1/reviews/{id}/secrecy-orders", openedCase()),
                "{\"issuedAt\": \"%s\", \"scope\": \"FULL\"}".formatted(clock.instant()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_decision_on_an_unknown_demand_is_404() throws Exception {
        asReviewer(post("/api/v1/reviews/{id}/no-secrecy-order", "no-such-demand"), "{}")
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void a_granted_challenge_lifts_its_order_once_a_second_reviewer_approves() throws Exception {
        String demandId = openedCase().toString();
        String orderId = recordOrder(demandId, fullOrder(Duration.ofDays(400)));
        String body = asReviewer(post("/api/v1/reviews/{id}/challenges", demandId),
                ("{\"orderId\": \"%s\", \"grounds\": \"longer than a year\", \"forum\": \"W.D. Wash.\","
                        + " \"level\": \"MAGISTRATE\", \"matter\": \"CRIMINAL\"}").formatted(orderId))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String challengeId = JsonPath.read(body, "$.challengeId");

        api.approved(api.proposed(patch("/api/v1/reviews/{id}/challenges/{c}", demandId, challengeId),
                "{\"outcome\": \"GRANTED\", \"liftOrder\": true}"));
        shown(demandId).andExpect(jsonPath("$.status").value("CLEARED"))
                .andExpect(jsonPath("$.challenges[0].outcome").value("GRANTED"));
    }

    @Test
    void the_attention_list_names_an_order_without_end_and_why() throws Exception {
        String demandId = openedCase().toString();
        asReviewer(post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": null, "scope": "FULL"}"""
                .formatted(clock.instant())).andExpect(status().isCreated());

        mvc.perform(get("/api/v1/attention").with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.demandId == '%s')].reason".formatted(demandId),
                        hasItem("the order has no end date")));
    }

    @Test
    void the_openapi_description_is_served() throws Exception {
        mvc.perform(get("/v3/api-docs").with(bearer("reviewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/secrecy-orders']").exists());
    }

    @Test
    void an_unknown_status_filter_is_400() throws Exception {
        mvc.perform(get("/api/v1/reviews").param("status", "SECRET").with(bearer("auditor")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
}
