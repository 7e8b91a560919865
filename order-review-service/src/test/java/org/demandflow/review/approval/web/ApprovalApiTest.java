package org.demandflow.review.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.cases.CaseAction;
import org.demandflow.review.cases.HistoryEntry;
import org.demandflow.review.cases.SecrecyStatus;
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

    private ReviewApi api;

    @BeforeEach
    void api() {
        api = new ReviewApi(mvc);
    }

    @Test
    void a_lift_proposed_by_one_reviewer_changes_nothing_until_a_second_reviewer_approves_it() throws Exception {
        DemandId demandId = openedCase();
        String orderId = fullOrderOn(demandId, Duration.ofDays(30));
        try (TopicReader<Object> statuses = kafka().avroReader("demand-secrecy-status")) {
            String proposalId = api.liftProposed(demandId, orderId);

            assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
            assertThat(stored(demandId).version()).isEqualTo(2);
            mvc.perform(get("/api/v1/approvals/{id}", proposalId).with(bearer("auditor")))
                    .andExpect(jsonPath("$.kind").value("LIFT")).andExpect(jsonPath("$.caseVersion").value(2))
                    .andExpect(jsonPath("$.subjectId").value(orderId)).andExpect(jsonPath("$.state").value("PENDING"));
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
        assertThat(stored(demandId).snapshot().history()).extracting(HistoryEntry::actor)
                .endsWith(ReviewApi.REVIEWER, ReviewApi.REVIEWER, ReviewApi.SECOND_REVIEWER);
    }

    @Test
    void the_proposer_may_not_approve_their_own_proposal() throws Exception {
        DemandId demandId = openedCase();
        String proposalId = api.liftProposed(demandId, fullOrderOn(demandId, Duration.ofDays(30)));

        api.answer(proposalId, ReviewApi.REVIEWER, "APPROVE")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", containsString("not the proposer")));

        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        mvc.perform(get("/api/v1/approvals/{id}", proposalId).with(bearer("auditor")))
                .andExpect(jsonPath("$.state").value("PENDING"));
    }

    @Test
    void a_rejected_proposal_changes_nothing_and_records_who_rejected_it_and_why() throws Exception {
        DemandId demandId = openedCase();
        String proposalId = api.liftProposed(demandId, fullOrderOn(demandId, Duration.ofDays(30)));

        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "REJECT").andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("REJECTED"))
                .andExpect(jsonPath("$.decidedBy").value(ReviewApi.SECOND_REVIEWER))
                .andExpect(jsonPath("$.note").value("checked"));

        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        HistoryEntry last = stored(demandId).snapshot().history().get(stored(demandId).snapshot().history().size() - 1);
        assertThat(last.action()).isEqualTo(CaseAction.PROPOSAL_REJECTED);
        assertThat(last.actor()).isEqualTo(ReviewApi.SECOND_REVIEWER);
        assertThat(last.detail()).contains("checked");
        api.answer(proposalId, "reviewer2", "APPROVE").andExpect(status().isConflict());
    }

    @Test
    void pending_proposals_are_listed_and_on_the_attention_list_and_an_auditor_reads_them_but_may_not_decide()
            throws Exception {
        DemandId demandId = openedCase();
        String proposalId = api.liftProposed(demandId, fullOrderOn(demandId, Duration.ofDays(30)));

        mvc.perform(get("/api/v1/approvals").param("state", "PENDING").with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].proposalId", hasItem(proposalId)))
                .andExpect(jsonPath("$[?(@.proposalId == '%s')].request.reason".formatted(proposalId),
                        hasItem("court vacated the order")));
        mvc.perform(get("/api/v1/attention").with(bearer("auditor")))
                .andExpect(jsonPath("$[?(@.demandId == '%s')].kind".formatted(demandId), hasItem("PROPOSAL_PENDING")));
        api.answer(proposalId, "auditor", "APPROVE").andExpect(status().isForbidden());
        api.answer(proposalId, ReviewApi.SECOND_REVIEWER, "REJECT");
        mvc.perform(get("/api/v1/approvals").param("state", "PENDING").with(bearer("auditor")))
                .andExpect(jsonPath("$[*].proposalId", not(hasItem(proposalId))));
    }

    @Test
    void the_list_filtered_by_demand_holds_that_demand_s_proposals_only() throws Exception {
        DemandId one = openedCase();
        DemandId other = openedCase();
        String onOne = api.liftProposed(one, fullOrderOn(one, Duration.ofDays(30)));
        String onOther = api.liftProposed(other, fullOrderOn(other, Duration.ofDays(30)));

        mvc.perform(get("/api/v1/approvals").param("state", "PENDING").param("demandId", one.toString())
                        .with(bearer("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].proposalId").value(contains(onOne)));
        mvc.perform(get("/api/v1/approvals").param("demandId", other.toString()).with(bearer("auditor")))
                .andExpect(jsonPath("$[*].proposalId").value(contains(onOther)));
    }

    @Test
    void the_openapi_description_shows_the_approvals_and_the_held_answers() throws Exception {
        mvc.perform(get("/v3/api-docs").with(bearer("reviewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/approvals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/approvals/{proposalId}'].post.responses['409']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/secrecy-orders/{orderId}/lift']"
                        + ".post.responses['202'].content['application/json'].schema.properties.proposalId").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/challenges/{challengeId}']"
                        + ".patch.responses['202']").exists());
    }
}
