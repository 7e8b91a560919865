package org.demandflow.review.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.expiry.application.ExpirySweeper;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A proposal is bound to the case version it was made on: when the case changed or its order ended meanwhile,
 * the approval is refused and the proposal is STALE. The end of an approved order needs no further approval.
 */
class StaleProposalApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpirySweeper sweeper;

    private ReviewApi api;

    @BeforeEach
    void api() {
        api = new ReviewApi(mvc);
    }

    @Test
    void a_proposal_is_stale_once_the_case_version_moved_and_must_be_made_again() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String carveOut = api.as(ReviewApi.REVIEWER, post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": null, "scope": "EXECUTIVE_ONLY",
                 "permittedRecipients": ["ceo@contoso.com"]}""".formatted(clock.instant()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String orderId = JsonPath.read(carveOut, "$.orderId");
        String proposalId = api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", demandId, orderId),
                "{\"permittedRecipients\": [\"ceo@contoso.com\", \"coo@contoso.com\"]}");
        fullOrderOn(demandId, null);

        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "APPROVE")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("STALE")))
                .andExpect(jsonPath("$.detail", containsString("version 3")));

        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(stored(demandId).order(orderId).orElseThrow().permittedRecipients())
                .containsExactly("ceo@contoso.com");
        assertThat(historyOf(demandId)).endsWith(CaseAction.PROPOSAL_STALE);
        mvc.perform(get("/api/v1/approvals/{id}", proposalId).with(bearer("auditor")))
                .andExpect(jsonPath("$.state").value("STALE"));
    }

    @Test
    void a_proposal_is_stale_once_its_order_ended_though_the_case_version_did_not_move() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String endingOrder = fullOrderOn(demandId, Duration.ofDays(8));
        fullOrderOn(demandId, null);
        String proposalId = api.liftProposed(demandId, endingOrder);
        clock.advance(Duration.ofDays(9));
        sweeper.sweep();
        assertThat(stored(demandId).version()).isEqualTo(2);

        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "APPROVE")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("ended since the proposal")));

        assertThat(stored(demandId).order(endingOrder).orElseThrow().endReason()).isNull();
    }

    @Test
    void an_order_approved_to_end_within_a_week_is_released_at_its_end_without_another_approval() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String proposalId = api.proposed(post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705A", "issuedAt": "%s", "expiresAt": "%s", "scope": "FULL"}"""
                .formatted(clock.instant(), clock.instant().plus(Duration.ofDays(2))));
        api.approved(proposalId);
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);

        clock.advance(Duration.ofDays(3));
        sweeper.sweep();

        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(historyOf(demandId)).endsWith(CaseAction.PROPOSAL_APPROVED, CaseAction.ORDER_EXPIRED);
    }
}
