package org.demandflow.review.response.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandType;
import org.demandflow.events.RequesterVerification;
import org.demandflow.events.ResponseDisposition;
import org.demandflow.events.ResponseStage;
import org.demandflow.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.Test;

/** The response track end to end in the service: demands in, API actions, versions out on demand-responses. */
class ResponseTrackApiTest extends ResponseScenarios {

    @Test
    void the_redirect_path_publishes_versions_one_to_three_in_order_in_the_confluent_wire_format() throws Exception {
        String demandId = warrant();

        act(REVIEWER, demandId, "validity", "").andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true));
        act(REVIEWER, demandId, "redirect", "{\"note\": \"go to the customer\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("REDIRECT_REQUESTED"));
        act(REVIEWER, demandId, "agency-answer", "{\"answer\": \"WILL_SEEK_FROM_CUSTOMER\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.disposition").value("REDIRECTED"));

        List<DemandResponseChanged> all = awaitVersions(demandId, 3);
        assertThat(all).extracting(DemandResponseChanged::getVersion).containsExactly(1, 2, 3);
        assertThat(all).extracting(DemandResponseChanged::getStage).containsExactly(ResponseStage.UNDER_REVIEW,
                ResponseStage.REDIRECT_REQUESTED, ResponseStage.CLOSED);
        assertThat(all.get(1).getLetter()).isEqualTo(AgencyLetterKind.REDIRECT);
        assertThat(all.get(2).getDisposition()).isEqualTo(ResponseDisposition.REDIRECTED);
        assertThat(all.get(2).getAccountsSpecified()).isEqualTo(1);
        assertThat(all.get(2).getRequesterVerification()).isEqualTo(RequesterVerification.UNVERIFIED);
        assertConfluentWireFormat(demandId);
    }

    @Test
    void the_case_view_shows_the_response_and_every_response_step_is_in_the_audit_log() throws Exception {
        String demandId = warrant();
        act(REVIEWER, demandId, "redirect", "{}");

        mvc.perform(get("/api/v1/reviews/{id}", demandId).with(bearer("auditor"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.response.stage").value("REDIRECT_REQUESTED"))
                .andExpect(jsonPath("$.response.history[*].version", contains(1, 2)));
        assertThat(jdbc.sql("SELECT action FROM audit_log WHERE demand_id = ? ORDER BY seq").param(demandId)
                .query(String.class).list()).contains("RESPONSE_OPENED", "REDIRECT_REQUESTED");
    }

    private void assertConfluentWireFormat(String demandId) {
        try (TopicReader<byte[]> raw = kafka().bytesReader("demand-responses")) {
            List<ConsumerRecord<String, byte[]>> records = raw.readToEnd().stream()
                    .filter(r -> demandId.equals(r.key())).toList();
            assertThat(records).hasSize(3).allSatisfy(r -> {
                assertThat(r.value()[0]).isZero();
                assertThat(ByteBuffer.wrap(r.value(), 1, 4).getInt()).isPositive();
            });
        }
    }

    @Test
    void an_insisting_agency_leads_to_production_review_closed_disclosed_non_content() throws Exception {
        String demandId = warrant();

        insisted(demandId);
        act(REVIEWER, demandId, "disposition", "{\"disposition\": \"DISCLOSED_NON_CONTENT\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("CLOSED"));

        List<DemandResponseChanged> all = awaitVersions(demandId, 4);
        assertThat(all).extracting(DemandResponseChanged::getVersion).containsExactly(1, 2, 3, 4);
        assertThat(all.get(2).getStage()).isEqualTo(ResponseStage.PRODUCTION_REVIEW);
        assertThat(all.get(3).getDisposition()).isEqualTo(ResponseDisposition.DISCLOSED_NON_CONTENT);
        assertThat(all.get(3).getLetter()).isNull();
    }

    @Test
    void a_demand_failing_its_checks_is_refused_a_redirect_with_the_reasons_and_closed_rejected() throws Exception {
        String demandId = received(DemandType.SUBPOENA, List.of(DataCategory.CONTENT), "DE", "agent@fbi.gov");

        act(REVIEWER, demandId, "validity", "").andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.reasons[*].code", contains("NO_LAWFUL_BASIS", "UNSUPPORTED_JURISDICTION")));
        act(REVIEWER, demandId, "redirect", "{}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.reasons[0].code").value("NO_LAWFUL_BASIS"));
        act(REVIEWER, demandId, "rejection", "{\"reason\": \"no lawful basis\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.disposition").value("REJECTED"));

        DemandResponseChanged closed = awaitVersions(demandId, 2).get(1);
        assertThat(closed.getLetter()).isEqualTo(AgencyLetterKind.REJECTION);
        assertThat(closed.getReason()).contains("no lawful basis").contains("outside the supported jurisdictions");
    }

    @Test
    void without_a_requester_email_the_redirect_is_recorded_without_a_letter_and_listed_for_attention()
            throws Exception {
        String demandId = received(DemandType.SEARCH_WARRANT, List.of(DataCategory.CONTENT), "US", null);

        act(REVIEWER, demandId, "redirect", "{}").andExpect(status().isOk())
                .andExpect(jsonPath("$.letterWithheld").value(true));

        DemandResponseChanged redirected = awaitVersions(demandId, 2).get(1);
        assertThat(redirected.getStage()).isEqualTo(ResponseStage.REDIRECT_REQUESTED);
        assertThat(redirected.getLetter()).isNull();
        attention().andExpect(jsonPath(kindsOf(demandId), contains("NO_REQUESTER_EMAIL")));
    }

    @Test
    void a_corrected_disposition_is_the_next_version_with_its_reason() throws Exception {
        String demandId = warrant();
        insisted(demandId);
        act(REVIEWER, demandId, "disposition", "{\"disposition\": \"NO_DATA_FOUND\"}");

        act(REVIEWER, demandId, "corrections", "{\"disposition\": \"DISCLOSED_NON_CONTENT\"}")
                .andExpect(status().isUnprocessableContent());
        act(REVIEWER, demandId, "corrections", "{\"disposition\": \"DISCLOSED_NON_CONTENT\", \"reason\": \"found\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(5));

        assertThat(awaitVersions(demandId, 5).get(4).getReason()).isEqualTo("corrected from NO_DATA_FOUND: found");
    }

    @Test
    void the_response_actions_and_the_agency_directory_are_in_the_openapi_description() throws Exception {
        mvc.perform(get("/v3/api-docs").with(bearer(REVIEWER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/response/redirect'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/reviews/{demandId}/response/verification-checks'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/agencies/{agencyId}'].put").exists());
    }

    @Test
    void a_redelivered_demand_opens_no_second_response() {
        String demandId = warrant();
        long first = responses.await(r -> demandId.equals(r.key()), Duration.ofSeconds(30)).offset();

        kafka().send("demands", demandId, demand(demandId, DemandType.SEARCH_WARRANT, List.of(DataCategory.CONTENT),
                "US", "agent@fbi.gov"));
        String later = warrant();

        responses.assertAbsent(r -> demandId.equals(r.key()) && r.offset() > first, r -> later.equals(r.key()),
                Duration.ofSeconds(30));
    }
}
