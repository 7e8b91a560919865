package org.demandflow.review.cases.web;

import static org.hamcrest.Matchers.hasItem;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.demandflow.review.cases.RecipientRules;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.web.JsonLimitsAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Issue #11's hostile REST inputs: each is answered, and none changes the case (it stays PENDING_REVIEW). */
class InputHardeningApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    private ResultActions carveOut(String demandId, String recipientsJson) throws Exception {
        return recordOrder(demandId, """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": "%s", "scope": "EXECUTIVE_ONLY",
                 "permittedRecipients": %s}""".formatted(clock.instant(), clock.instant().plusSeconds(864_000),
                recipientsJson));
    }

    private ResultActions recordOrder(String demandId, String json) throws Exception {
        return mvc.perform(post("/api/v1/reviews/{id}/secrecy-orders", demandId).with(bearer("reviewer"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void stillPending(String demandId) throws Exception {
        mvc.perform(get("/api/v1/reviews/{id}", demandId).with(bearer("auditor")))
                .andExpect(jsonPath("$.status").value("PENDING_REVIEW"))
                .andExpect(jsonPath("$.version").value(1));
    }

    @Test
    void a_recipient_with_a_cyrillic_homoglyph_is_422() throws Exception {
        String demandId = openedCase().toString();

        carveOut(demandId, "[\"ceo@contoso.com\", \"cfo@cont\\u043eso.com\"]")
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons[0].field").value("permittedRecipients[1]"))
                .andExpect(jsonPath("$.reasons[0].code").value("INVALID_EMAIL"));
        stillPending(demandId);
    }

    @Test
    void a_recipient_with_cr_lf_is_422_even_at_its_end() throws Exception {
        String demandId = openedCase().toString();

        carveOut(demandId, "[\"cfo@contoso.com\\r\\nBcc: spy@evil.example\"]").andExpect(status().is(422));
        carveOut(demandId, "[\"cfo@contoso.com\\r\\n\"]").andExpect(status().is(422));
        stillPending(demandId);
    }

    @Test
    void a_narrowing_with_a_bad_address_is_422() throws Exception {
        mvc.perform(post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", openedCase(), "any-order")
                        .with(bearer("reviewer")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"permittedRecipients\": [\"ceo@contoso.com\\n\"]}"))
                .andExpect(status().is(422));
    }

    @Test
    void more_permitted_recipients_than_the_cap_is_422() throws Exception {
        String demandId = openedCase().toString();
        String many = IntStream.rangeClosed(1, RecipientRules.MAX_RECIPIENTS + 1)
                .mapToObj(i -> "\"exec" + i + "@contoso.com\"").collect(Collectors.joining(",", "[", "]"));

        carveOut(demandId, many).andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].code").value("TOO_MANY"));
        stillPending(demandId);
    }

    @Test
    void a_body_nested_deeper_than_the_limit_is_400() throws Exception {
        String demandId = openedCase().toString();
        int depth = JsonLimitsAutoConfiguration.MAX_NESTING_DEPTH + 1;
        String deep = "{\"note\": \"x\", \"n\": " + "[".repeat(depth) + "]".repeat(depth) + "}";

        mvc.perform(post("/api/v1/reviews/{id}/no-secrecy-order", demandId).with(bearer("reviewer"))
                        .contentType(MediaType.APPLICATION_JSON).content(deep))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        stillPending(demandId);
    }

    @Test
    void a_body_with_a_duplicate_key_is_400() throws Exception {
        String demandId = openedCase().toString();

        recordOrder(demandId, """
                {"authority": "USC_2705B", "issuedAt": "%s", "scope": "EXECUTIVE_ONLY", "scope": "FULL"}"""
                .formatted(clock.instant()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        stillPending(demandId);
    }

    @Test
    void an_order_ending_in_year_9999_is_accepted_and_listed_as_a_challenge_candidate() throws Exception {
        String demandId = openedCase().toString();

        recordOrder(demandId, """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": "9999-12-31T23:59:59Z", "scope": "FULL"}"""
                .formatted(clock.instant()))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/attention").with(bearer("auditor")))
                .andExpect(jsonPath("$[?(@.demandId == '%s')].kind".formatted(demandId),
                        hasItem("CHALLENGE_CANDIDATE")));
        mvc.perform(get("/api/v1/reviews/{id}", demandId).with(bearer("auditor")))
                .andExpect(jsonPath("$.orders[0].expiresAt").value("9999-12-31T23:59:59Z"));
    }
}
