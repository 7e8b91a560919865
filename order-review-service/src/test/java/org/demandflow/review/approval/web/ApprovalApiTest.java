package org.demandflow.review.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.DemandFacts;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.expiry.application.ExpirySweeper;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Safety rule 10 end to end through the API: a proposal changes nothing until another reviewer approves it. */
class ApprovalApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpirySweeper sweeper;

    private ReviewApi api;

    @BeforeEach
    void api() {
        api = new ReviewApi(mvc);
    }

    /** A case of a demand without nondisclosure indication, under one FULL order; answers the order's id. */
    private String fullOrderOn(DemandId demandId, Duration runsFor) {
        Outcome recorded = reviews.recordOrder(demandId, new OrderTerms(OrderAuthority.USC_2705B, "W.D. Wash.",
                "MJ-10", clock.instant(), runsFor == null ? null : clock.instant().plus(runsFor), OrderScope.FULL,
                List.of(), null), ReviewApi.REVIEWER);
        return ((Outcome.Accepted) recorded).id();
    }

    private DemandId plainCase() {
        DemandFacts plain = new DemandFacts(DemandId.random(), "contoso", "SUBPOENA", clock.instant(), null, false);
        reviews.open(plain);
        return plain.demandId();
    }

    private String proposeLift(DemandId demandId, String orderId) throws Exception {
        return api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/lift", demandId, orderId),
                "{\"reason\": \"court vacated the order\"}");
    }

    private ReviewCase load(DemandId demandId) {
        return reviews.find(demandId).orElseThrow();
    }

    private List<CaseAction> historyOf(DemandId demandId) {
        return load(demandId).snapshot().history().stream().map(HistoryEntry::action).toList();
    }

    @Test
    void a_lift_proposed_by_one_reviewer_changes_nothing_until_a_second_reviewer_approves_it() throws Exception {
        DemandId demandId = openedCase();
        String orderId = fullOrderOn(demandId, Duration.ofDays(30));
        try (TopicReader<Object> statuses = kafka().avroReader("demand-secrecy-status")) {
            String proposalId = proposeLift(demandId, orderId);

            assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
            assertThat(load(demandId).version()).isEqualTo(2);
            DemandId marker = openedCase();
            statuses.assertAbsent(r -> demandId.toString().equals(r.key())
                            && ((SecrecyStatusChanged) r.value()).getVersion() > 2,
                    r -> marker.toString().equals(r.key()), Duration.ofSeconds(30));

            api.approved(proposalId).andExpect(jsonPath("$.decidedBy").value(ReviewApi.SECOND_REVIEWER));

            SecrecyStatusChanged cleared = (SecrecyStatusChanged) statuses.await(r -> demandId.toString()
                    .equals(r.key()) && ((SecrecyStatusChanged) r.value()).getVersion() == 3,
                    Duration.ofSeconds(30)).value();
            assertThat(cleared.getStatus()).isEqualTo(org.demandflow.events.SecrecyStatus.CLEARED);
        }
        assertThat(historyOf(demandId)).endsWith(CaseAction.PROPOSAL_MADE, CaseAction.ORDER_LIFTED,
                CaseAction.PROPOSAL_APPROVED);
        assertThat(load(demandId).snapshot().history()).extracting(HistoryEntry::actor)
                .endsWith(ReviewApi.REVIEWER, ReviewApi.REVIEWER, ReviewApi.SECOND_REVIEWER);
    }

    @Test
    void the_proposer_may_not_approve_their_own_proposal() throws Exception {
        DemandId demandId = openedCase();
        String proposalId = proposeLift(demandId, fullOrderOn(demandId, Duration.ofDays(30)));

        api.answer(proposalId, ReviewApi.REVIEWER, "APPROVE")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("not the proposer")));

        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        mvc.perform(get("/api/v1/approvals/{id}", proposalId).with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.state").value("PENDING"));
    }

    @Test
    void a_proposal_is_stale_once_the_case_version_moved_and_must_be_made_again() throws Exception {
        DemandId demandId = plainCase();
        String carveOut = api.as(ReviewApi.REVIEWER, post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": null, "scope": "EXECUTIVE_ONLY",
                 "permittedRecipients": ["ceo@contoso.com"]}""".formatted(clock.instant()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String orderId = com.jayway.jsonpath.JsonPath.read(carveOut, "$.orderId");
        String proposalId = api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", demandId, orderId),
                "{\"permittedRecipients\": [\"ceo@contoso.com\", \"coo@contoso.com\"]}");
        fullOrderOn(demandId, null);

        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "APPROVE")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("STALE")))
                .andExpect(jsonPath("$.detail", containsString("version 3")));

        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(load(demandId).order(orderId).orElseThrow().permittedRecipients())
                .containsExactly("ceo@contoso.com");
        assertThat(historyOf(demandId)).endsWith(CaseAction.PROPOSAL_STALE);
        mvc.perform(get("/api/v1/approvals/{id}", proposalId).with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$.state").value("STALE"));
    }

    @Test
    void a_proposal_is_stale_once_its_order_ended_though_the_case_version_did_not_move() throws Exception {
        DemandId demandId = plainCase();
        String endingOrder = fullOrderOn(demandId, Duration.ofDays(8));
        fullOrderOn(demandId, null);
        String proposalId = proposeLift(demandId, endingOrder);
        clock.advance(Duration.ofDays(9));
        sweeper.sweep();
        assertThat(load(demandId).version()).isEqualTo(2);

        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "APPROVE")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("ended since the proposal")));

        assertThat(load(demandId).order(endingOrder).orElseThrow().endReason()).isNull();
    }

    @Test
    void a_rejected_proposal_changes_nothing_and_records_who_rejected_it_and_why() throws Exception {
        DemandId demandId = openedCase();
        String proposalId = proposeLift(demandId, fullOrderOn(demandId, Duration.ofDays(30)));

        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "REJECT").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.decidedBy").value(ReviewApi.SECOND_REVIEWER))
                .andExpect(jsonPath("$.note").value("checked"));

        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        HistoryEntry last = load(demandId).snapshot().history().get(load(demandId).snapshot().history().size() - 1);
        assertThat(last.action()).isEqualTo(CaseAction.PROPOSAL_REJECTED);
        assertThat(last.actor()).isEqualTo(ReviewApi.SECOND_REVIEWER);
        assertThat(last.detail()).contains("checked");
        api.answer(proposalId, "reviewer2", "APPROVE").andExpect(status().isConflict());
    }

    @Test
    void pending_proposals_are_listed_and_on_the_attention_list_and_an_auditor_reads_them_but_may_not_decide()
            throws Exception {
        DemandId demandId = openedCase();
        String proposalId = proposeLift(demandId, fullOrderOn(demandId, Duration.ofDays(30)));

        mvc.perform(get("/api/v1/approvals").param("state", "PENDING").with(httpBasic("auditor", "auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].proposalId", hasItem(proposalId)))
                .andExpect(jsonPath("$[?(@.proposalId == '%s')].request.reason".formatted(proposalId),
                        hasItem("court vacated the order")));
        mvc.perform(get("/api/v1/attention").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$[?(@.demandId == '%s')].kind".formatted(demandId), hasItem("PROPOSAL_PENDING")));
        api.answer(proposalId, "auditor", "APPROVE").andExpect(status().isForbidden());
        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "REJECT");
        mvc.perform(get("/api/v1/approvals").param("state", "PENDING").with(httpBasic("auditor", "auditor")))
                .andExpect(jsonPath("$[*].proposalId", not(hasItem(proposalId))));
    }

    @Test
    void an_order_approved_to_end_within_a_week_is_released_at_its_end_without_another_approval() throws Exception {
        DemandId demandId = plainCase();
        String proposalId = api.proposed(post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705A", "issuedAt": "%s", "expiresAt": "%s", "scope": "FULL"}"""
                .formatted(clock.instant(), clock.instant().plus(Duration.ofDays(2))));
        api.approved(proposalId);
        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);

        clock.advance(Duration.ofDays(3));
        sweeper.sweep();

        assertThat(load(demandId).status()).isEqualTo(SecrecyStatus.CLEARED);
        assertThat(historyOf(demandId)).endsWith(CaseAction.PROPOSAL_APPROVED, CaseAction.ORDER_EXPIRED);
    }

    @Test
    void the_openapi_description_shows_the_approvals_and_the_held_answers() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/approvals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/approvals/{proposalId}'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/secrecy-orders/{orderId}/lift']"
                        + ".post.responses['202'].content['application/json'].schema.properties.proposalId").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/challenges/{challengeId}']"
                        + ".patch.responses['202']").exists());
    }
}
