package org.demandflow.review.cases.web;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.demandflow.review.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Safety rule 11 through the REST API: an order's end in exactly one form, stored as entered and effective. */
class CourtCalendarApiTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    private ResultActions asReviewer(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(bearer("reviewer"))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions order(String demandId, String end) throws Exception {
        return asReviewer(post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705B", "court": "S.D.N.Y.", "issuedAt": "%s", %s "scope": "FULL"}"""
                .formatted(clock.instant(), end));
    }

    private LocalDate nextYear() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusYears(1).withMonth(12).withDayOfMonth(1);
    }

    @Test
    void an_order_until_a_date_in_new_york_shows_the_date_the_zone_and_the_end_at_five_utc_next_day() throws Exception {
        String demandId = openedCase().toString();
        LocalDate until = nextYear();

        order(demandId, "\"expiresOn\": \"%s\", \"timeZone\": \"America/New_York\",".formatted(until))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/reviews/{id}", demandId).with(bearer("auditor")))
                .andExpect(jsonPath("$.orders[0].expiresOn").value(until.toString()))
                .andExpect(jsonPath("$.orders[0].timeZone").value("America/New_York"))
                .andExpect(jsonPath("$.orders[0].expiresAt").value(until.plusDays(1) + "T05:00:00Z"));
    }

    @Test
    void both_forms_and_an_unknown_zone_are_refused_with_422_naming_every_reason() throws Exception {
        order(openedCase().toString(), "\"expiresAt\": \"%s\", \"timeZone\": \"Mars/Olympus\","
                .formatted(clock.instant().plusSeconds(86_400)))
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.reasons[*].code", containsInAnyOrder("ONE_FORM", "REQUIRED", "UNKNOWN_ZONE")));
    }

    @Test
    void a_date_without_a_zone_is_refused_with_422() throws Exception {
        order(openedCase().toString(), "\"expiresOn\": \"%s\",".formatted(nextYear()))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].field").value("timeZone"));
    }

    @Test
    void an_extension_without_an_end_is_422_and_one_stated_as_a_court_date_is_kept_as_such() throws Exception {
        String demandId = openedCase().toString();
        String body = order(demandId, "\"expiresAt\": \"%s\",".formatted(clock.instant().plus(Duration.ofDays(30))))
                .andReturn().getResponse().getContentAsString();
        String orderId = JsonPath.read(body, "$.orderId");
        String extensions = "/api/v1/reviews/{id}/secrecy-orders/{o}/extensions";

        asReviewer(post(extensions, demandId, orderId), "{}").andExpect(status().is(422));
        asReviewer(post(extensions, demandId, orderId),
                "{\"expiresOn\": \"%s\", \"timeZone\": \"Europe/Berlin\"}".formatted(nextYear()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.orders[0].timeZone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.orders[0].extensions[0].newExpiresOn").value(nextYear().toString()))
                .andExpect(jsonPath("$.orders[0].expiresAt").value(nextYear() + "T23:00:00Z"));
    }

    @Test
    void an_order_ending_at_midnight_utc_is_on_the_attention_list_until_its_court_date_is_confirmed() throws Exception {
        String demandId = openedCase().toString();
        LocalDate until = nextYear();
        String body = order(demandId, "\"expiresAt\": \"%sT00:00:00Z\",".formatted(until.plusDays(1)))
                .andReturn().getResponse().getContentAsString();
        String orderId = JsonPath.read(body, "$.orderId");
        String kinds = "$[?(@.demandId == '%s')].kind".formatted(demandId);
        mvc.perform(get("/api/v1/attention").with(bearer("auditor")))
                .andExpect(jsonPath(kinds, hasItem("END_AT_UTC_MIDNIGHT")));

        asReviewer(post("/api/v1/reviews/{id}/secrecy-orders/{o}/extensions", demandId, orderId),
                "{\"expiresOn\": \"%s\", \"timeZone\": \"Etc/UTC\"}".formatted(until))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.history[-1].action").value("ORDER_END_CONFIRMED"));

        mvc.perform(get("/api/v1/attention").with(bearer("auditor")))
                .andExpect(jsonPath(kinds).value(not(hasItem("END_AT_UTC_MIDNIGHT"))));
    }
}
