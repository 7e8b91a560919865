package org.demandflow.review.cases.web;

import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Challenges up the courts through the API: forum and level, appeals of denied challenges, their deadlines. */
class ChallengeAppealApiTest extends IntegrationTest {

    /** A Monday: a denial on it is due 14 days later, a Monday too. */
    private static final Instant MONDAY = Instant.parse("2030-03-04T15:00:00Z");

    @Autowired
    MockMvc mvc;

    private ReviewApi api;
    private DemandId demandId;
    private String orderId;

    @BeforeEach
    void caseWithOrder() throws Exception {
        api = new ReviewApi(mvc);
        clock.set(MONDAY);
        demandId = openedCase("SUBPOENA", false);
        orderId = fullOrderOn(demandId, Duration.ofDays(400));
    }

    private ResultActions file(String json) throws Exception {
        return api.as(ReviewApi.REVIEWER, post("/api/v1/reviews/{id}/challenges", demandId), json);
    }

    private String filed(String level, String appealOf) throws Exception {
        String body = file("""
                {"orderId": "%s", "grounds": "longer than a year", "forum": "W.D. Wash.", "level": "%s",
                 "matter": "CRIMINAL", "appealOf": %s}"""
                .formatted(orderId, level, appealOf == null ? "null" : "\"" + appealOf + "\""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.challengeId");
    }

    private ResultActions decided(String challengeId, String decidedOn) throws Exception {
        return api.as(ReviewApi.REVIEWER, patch("/api/v1/reviews/{id}/challenges/{c}", demandId, challengeId),
                "{\"outcome\": \"DENIED\", \"liftOrder\": false, \"decidedOn\": %s}"
                        .formatted(decidedOn == null ? "null" : "\"" + decidedOn + "\""));
    }

    private void denied(String challengeId) throws Exception {
        decided(challengeId, null).andExpect(status().isOk());
    }

    @Test
    void an_appeal_of_a_denied_challenge_shows_its_deadline_on_the_attention_list_and_in_the_case() throws Exception {
        String objection = filed("MAGISTRATE", null);
        denied(objection);
        String appeal = filed("DISTRICT", objection);
        clock.advance(Duration.ofDays(3));
        decided(appeal, "2030-03-04").andExpect(status().isOk());

        mvc.perform(get("/api/v1/attention").with(bearer("auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.kind == 'CHALLENGE_DEADLINE' && @.demandId == '%s')].reason"
                        .formatted(demandId)).value(containsInAnyOrder(
                        "challenge " + appeal + " was denied on 2030-03-04: notice of appeal due 2030-03-18"
                                + " (FRAP 4(b)(1)(A))")))
                .andExpect(jsonPath("$[?(@.kind == 'CHALLENGE_DEADLINE' && @.demandId == '%s')].dueAt"
                        .formatted(demandId)).value(hasItem("2030-03-18T00:00:00Z")));
        mvc.perform(get("/api/v1/reviews/{id}", demandId).with(bearer("auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.challenges[1].appealOf").value(objection))
                .andExpect(jsonPath("$.challenges[1].level").value("DISTRICT"))
                .andExpect(jsonPath("$.challenges[1].forum").value("W.D. Wash."))
                .andExpect(jsonPath("$.challenges[1].decidedAt").exists())
                .andExpect(jsonPath("$.challenges[1].decidedOn").value("2030-03-04"))
                .andExpect(jsonPath("$.challenges[1].deadline.dueOn").value("2030-03-18"))
                .andExpect(jsonPath("$.challenges[0].deadline").doesNotExist());
    }

    @Test
    void a_filing_is_refused_with_every_reason_at_once() throws Exception {
        String pending = filed("MAGISTRATE", null);

        file("""
                {"orderId": "%s", "forum": "", "level": "MAGISTRATE", "appealOf": "%s"}"""
                .formatted(orderId, pending))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons[*].field").value(containsInAnyOrder("forum", "matter", "appealOf")));
    }

    @Test
    void an_appeal_to_a_level_not_above_the_denial_is_refused() throws Exception {
        String first = filed("DISTRICT", null);
        denied(first);

        file("""
                {"orderId": "%s", "forum": "W.D. Wash.", "level": "MAGISTRATE", "matter": "CRIMINAL",
                 "appealOf": "%s"}""".formatted(orderId, first))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].field").value("level"))
                .andExpect(jsonPath("$.reasons[0].code").value("not-above-appealed"));
    }

    @Test
    void an_auditor_cannot_file_a_challenge() throws Exception {
        api.as("auditor", post("/api/v1/reviews/{id}/challenges", demandId), """
                {"orderId": "%s", "forum": "W.D. Wash.", "level": "MAGISTRATE", "matter": "CRIMINAL"}"""
                .formatted(orderId)).andExpect(status().isForbidden());
    }

    @Test
    void the_openapi_description_shows_the_court_fields_and_the_refusal() throws Exception {
        mvc.perform(get("/v3/api-docs").with(bearer("reviewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.schemas.ChallengeRequest.properties.appealOf").exists())
                .andExpect(jsonPath("$.components.schemas.ChallengeRequest.properties.level.enum")
                        .value(containsInAnyOrder("MAGISTRATE", "DISTRICT", "APPELLATE", "SUPREME")))
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/challenges'].post.responses['422']")
                        .exists());
    }

    @Test
    void a_court_decision_date_after_today_is_refused_naming_the_field() throws Exception {
        String challengeId = filed("MAGISTRATE", null);

        decided(challengeId, "2030-03-05").andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].field").value("decidedOn"))
                .andExpect(jsonPath("$.reasons[0].code").value("in-future"));
    }
}
