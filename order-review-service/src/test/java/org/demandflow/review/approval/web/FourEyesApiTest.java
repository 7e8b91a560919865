package org.demandflow.review.approval.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.cases.ReviewCase;
import org.demandflow.review.cases.SecrecyStatus;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which decisions wait for a second reviewer (safety rule 10) and which take effect at once. A held decision
 * answers 202 with its proposal and leaves the case's status and version as they were.
 */
class FourEyesApiTest extends IntegrationTest {

    private static final String CEO = "ceo@contoso.com";

    @Autowired
    MockMvc mvc;

    private ReviewApi api;

    @BeforeEach
    void api() {
        api = new ReviewApi(mvc);
    }

    private String order(String scope, String recipients, Instant expiresAt) {
        return """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": %s, "scope": "%s",
                 "permittedRecipients": [%s]}""".formatted(clock.instant(),
                expiresAt == null ? "null" : "\"" + expiresAt + "\"", scope, recipients);
    }

    private String recorded(DemandId demandId, String json) throws Exception {
        String body = api.as(ReviewApi.REVIEWER, post("/api/v1/reviews/{id}/secrecy-orders", demandId), json)
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.orderId");
    }

    /** Sends the decision, expects it held, and the case exactly as it was. */
    private void heldWithoutChange(DemandId demandId, MockHttpServletRequestBuilder request, String json)
            throws Exception {
        ReviewCase before = stored(demandId);
        api.proposed(request, json);
        assertThat(stored(demandId).status()).isEqualTo(before.status());
        assertThat(stored(demandId).version()).isEqualTo(before.version());
        assertThat(stored(demandId).snapshot().orders()).isEqualTo(before.snapshot().orders());
    }

    @Test
    void no_secrecy_order_on_a_demand_with_a_nondisclosure_indication_waits() throws Exception {
        DemandId demandId = openedCase("SEARCH_WARRANT", true);
        heldWithoutChange(demandId, post("/api/v1/reviews/{id}/no-secrecy-order", demandId), "{}");
    }

    @Test
    void no_secrecy_order_on_a_national_security_letter_waits() throws Exception {
        DemandId demandId = openedCase("NATIONAL_SECURITY_LETTER", false);
        heldWithoutChange(demandId, post("/api/v1/reviews/{id}/no-secrecy-order", demandId), "{}");
    }

    @Test
    void an_executive_only_order_as_the_first_decision_on_such_a_demand_waits() throws Exception {
        DemandId demandId = openedCase("NATIONAL_SECURITY_LETTER", true);
        heldWithoutChange(demandId, post("/api/v1/reviews/{id}/secrecy-orders", demandId),
                order("EXECUTIVE_ONLY", "\"" + CEO + "\"", null));
    }

    @Test
    void an_order_ending_less_than_seven_days_from_now_waits() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        heldWithoutChange(demandId, post("/api/v1/reviews/{id}/secrecy-orders", demandId),
                order("FULL", "", clock.instant().plus(Duration.ofDays(6))));
    }

    @Test
    void a_lift_and_a_narrowing_wait() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String orderId = recorded(demandId, order("FULL", "", null));
        heldWithoutChange(demandId, post("/api/v1/reviews/{id}/secrecy-orders/{o}/lift", demandId, orderId),
                "{\"reason\": \"vacated\"}");
        heldWithoutChange(demandId, post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", demandId, orderId),
                "{\"permittedRecipients\": [\"" + CEO + "\"]}");
    }

    @Test
    void a_granted_challenge_that_narrows_its_order_waits() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String orderId = recorded(demandId, order("FULL", "", null));
        String filed = api.as(ReviewApi.REVIEWER, post("/api/v1/reviews/{id}/challenges", demandId),
                ("{\"orderId\": \"%s\", \"grounds\": \"no end\", \"forum\": \"D.D.C.\", \"level\": \"DISTRICT\","
                        + " \"matter\": \"CRIMINAL\"}").formatted(orderId))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String challengeId = JsonPath.read(filed, "$.challengeId");

        heldWithoutChange(demandId, patch("/api/v1/reviews/{id}/challenges/{c}", demandId, challengeId),
                "{\"outcome\": \"GRANTED\", \"liftOrder\": false, \"narrowTo\": [\"" + CEO + "\"]}");
        assertThat(stored(demandId).challenge(challengeId).orElseThrow().outcome().name()).isEqualTo("PENDING");
    }

    @Test
    void a_court_date_that_ends_the_order_earlier_than_its_utc_entry_waits() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(30);
        String orderId = recorded(demandId, order("FULL", "", day.atStartOfDay(ZoneOffset.UTC).toInstant()));

        // the end of the day before in Berlin is 23:00 UTC that day: an hour earlier than the UTC entry
        heldWithoutChange(demandId, post("/api/v1/reviews/{id}/secrecy-orders/{o}/extensions", demandId, orderId),
                "{\"expiresOn\": \"%s\", \"timeZone\": \"Europe/Berlin\"}".formatted(day.minusDays(1)));
    }

    @Test
    void a_direct_service_call_that_needs_a_second_reviewer_is_refused_and_changes_nothing() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String orderId = recorded(demandId, order("FULL", "", null));

        Outcome lifted = reviews.lift(demandId, orderId, "vacated", ReviewApi.REVIEWER);

        assertThat(lifted).isInstanceOfSatisfying(Outcome.Refused.class, refused -> assertThat(
                refused.refusal().detail()).contains("second reviewer"));
        assertThat(stored(demandId).status()).isEqualTo(SecrecyStatus.RESTRICTED);
        assertThat(stored(demandId).order(orderId).orElseThrow().isActive()).isTrue();
    }

    @Test
    void a_full_order_and_an_extension_that_moves_the_end_later_take_effect_at_once() throws Exception {
        DemandId demandId = openedCase("NATIONAL_SECURITY_LETTER", true);
        String orderId = recorded(demandId, order("FULL", "", clock.instant().plus(Duration.ofDays(30))));

        api.as(ReviewApi.REVIEWER, post("/api/v1/reviews/{id}/secrecy-orders/{o}/extensions", demandId, orderId),
                "{\"expiresAt\": \"%s\"}".formatted(clock.instant().plus(Duration.ofDays(60))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RESTRICTED"));
        assertThat(stored(demandId).order(orderId).orElseThrow().extensions()).hasSize(1);
    }

    @Test
    void no_secrecy_order_on_a_plain_demand_and_a_carve_out_there_take_effect_at_once() throws Exception {
        DemandId cleared = openedCase("SUBPOENA", false);
        api.as(ReviewApi.REVIEWER, post("/api/v1/reviews/{id}/no-secrecy-order", cleared), "{}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLEARED"));

        DemandId carvedOut = openedCase("SUBPOENA", false);
        recorded(carvedOut, order("EXECUTIVE_ONLY", "\"" + CEO + "\"", null));
        assertThat(stored(carvedOut).status()).isEqualTo(SecrecyStatus.EXECUTIVE_ONLY);
    }
}
