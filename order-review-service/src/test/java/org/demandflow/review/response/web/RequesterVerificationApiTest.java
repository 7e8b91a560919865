package org.demandflow.review.response.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.demandflow.events.AgencyLetterKind;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandResponseChanged;
import org.demandflow.events.DemandType;
import org.demandflow.events.RequesterVerification;
import org.demandflow.events.ResponseDisposition;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Requester verification over the API: the directory, recorded checks, four eyes on emergencies, and roles. */
class RequesterVerificationApiTest extends ResponseScenarios {

    private static final String CALLBACK = """
            {"method": "CALLBACK", "result": "VERIFIED", "callbackNumber": "+1 (202) 324-3000", "note": "desk"}""";

    @BeforeEach
    void knownAgency() throws Exception {
        fbiKnown().andExpect(status().isOk()).andExpect(jsonPath("$.emailDomains[0]").value("fbi.gov"));
    }

    private String emergency() throws Exception {
        String demandId = received(DemandType.EMERGENCY_REQUEST, List.of(DataCategory.NON_CONTENT), "US",
                "duty@fbi.gov");
        insisted(demandId);
        return demandId;
    }

    private String checkRecorded(String demandId) throws Exception {
        String body = act(REVIEWER, demandId, "verification-checks", CALLBACK).andExpect(status().isCreated())
                .andExpect(jsonPath("$.requesterVerification").value("VERIFIED"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.checkId");
    }

    @Test
    void an_emergency_request_is_not_disclosed_without_a_verified_check_confirmed_by_a_second_reviewer()
            throws Exception {
        String demandId = emergency();
        String disclose = "{\"disposition\": \"DISCLOSED_NON_CONTENT\"}";
        act(REVIEWER, demandId, "disposition", disclose).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("no VERIFIED check is recorded")));
        String checkId = checkRecorded(demandId);
        act(REVIEWER, demandId, "disposition", disclose).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("awaits a second reviewer's confirmation")));
        act(REVIEWER, demandId, "verification-checks/" + checkId + "/confirmation", "")
                .andExpect(status().isConflict());

        act(SECOND_REVIEWER, demandId, "verification-checks/" + checkId + "/confirmation", "")
                .andExpect(status().isOk()).andExpect(jsonPath("$.checks[0].confirmedBy").value(SECOND_REVIEWER));
        act(REVIEWER, demandId, "disposition", disclose).andExpect(status().isOk());

        DemandResponseChanged closed = awaitVersions(demandId, 5).get(4);
        assertThat(closed.getDisposition()).isEqualTo(ResponseDisposition.DISCLOSED_NON_CONTENT);
        assertThat(closed.getRequesterVerification()).isEqualTo(RequesterVerification.VERIFIED);
    }

    @Test
    void a_failed_check_closes_the_response_rejected_with_a_rejection_letter_and_an_attention_item()
            throws Exception {
        String demandId = emergency();

        act(REVIEWER, demandId, "verification-checks", """
                {"method": "SIGNED_PORTAL", "result": "FAILED", "note": "no portal signature"}""")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.stage").value("CLOSED"));

        DemandResponseChanged closed = awaitVersions(demandId, 4).get(3);
        assertThat(closed.getDisposition()).isEqualTo(ResponseDisposition.REJECTED);
        assertThat(closed.getRequesterVerification()).isEqualTo(RequesterVerification.FAILED);
        assertThat(closed.getLetter()).isEqualTo(AgencyLetterKind.REJECTION);
        attention().andExpect(jsonPath(kindsOf(demandId), contains("REQUESTER_VERIFICATION_FAILED")));
    }

    @Test
    void a_requester_email_not_of_the_named_agency_is_flagged_on_the_response_and_the_attention_list()
            throws Exception {
        String demandId = received(DemandType.SUBPOENA, List.of(DataCategory.SUBSCRIBER), "US", "fbi@mail.example");

        show("auditor", demandId).andExpect(status().isOk())
                .andExpect(jsonPath("$.requesterFlag", containsString("none of agency FBI's")));
        attention().andExpect(jsonPath(kindsOf(demandId), contains("REQUESTER_NOT_OF_AGENCY")));
    }

    @Test
    void only_reviewers_act_on_a_response_and_write_the_directory_while_auditors_read() throws Exception {
        String demandId = warrant();

        act("auditor", demandId, "redirect", "{}").andExpect(status().isForbidden());
        act("operator", demandId, "validity", "").andExpect(status().isForbidden());
        show("operator", demandId).andExpect(status().isForbidden());
        show("auditor", demandId).andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("UNDER_REVIEW"));
        mvc.perform(put("/api/v1/agencies/fbi").with(bearer("auditor")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"FBI\", \"country\": \"US\", \"emailDomains\": [], \"callbackNumbers\": []}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/agencies/fbi").with(bearer("auditor"))).andExpect(status().isOk());
    }
}
