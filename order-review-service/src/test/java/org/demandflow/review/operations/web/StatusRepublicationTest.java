package org.demandflow.review.operations.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.review.cases.OrderAuthority;
import org.demandflow.review.cases.OrderScope;
import org.demandflow.review.cases.OrderTerms;
import org.demandflow.review.cases.Outcome;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Safety rule 8's last bullet: an operator re-publishes a demand's versions N..latest, unchanged. */
class StatusRepublicationTest extends IntegrationTest {

    private static final String TOPIC = "demand-secrecy-status";

    @Autowired
    MockMvc mvc;

    private ResultActions republish(String user, Object demandId, int fromVersion) throws Exception {
        return mvc.perform(post("/api/v1/operations/status-republications").with(bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"demandId\": \"%s\", \"fromVersion\": %d}".formatted(demandId, fromVersion)));
    }

    /** A case published as versions 1..4: pending, RESTRICTED, EXECUTIVE_ONLY, CLEARED with a delayed notice. */
    private DemandId caseWithFourVersions() throws Exception {
        DemandId demandId = openedCase();
        Outcome recorded = reviews.recordOrder(demandId, new OrderTerms(OrderAuthority.USC_2705B, "W.D. Wash.",
                "MJ-8", clock.instant(), clock.instant().plus(Duration.ofDays(30)), OrderScope.FULL, List.of(), null),
                "reviewer");
        String orderId = ((Outcome.Accepted) recorded).id();
        ReviewApi api = new ReviewApi(mvc);
        api.approved(api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", demandId, orderId),
                "{\"permittedRecipients\": [\"ceo@contoso.com\", \"cfo@contoso.com\"]}"));
        api.approved(api.liftProposed(demandId, orderId));
        return demandId;
    }

    private List<ConsumerRecord<String, byte[]>> recordsOf(DemandId demandId, int atLeast) {
        String key = demandId.toString();
        return await().atMost(Duration.ofSeconds(30)).until(
                () -> kafka().readBytes(TOPIC).stream().filter(r -> key.equals(r.key())).toList(),
                records -> records.size() >= atLeast);
    }

    @Test
    void the_versions_from_n_to_the_latest_are_published_again_byte_for_byte() throws Exception {
        DemandId demandId = caseWithFourVersions();
        List<ConsumerRecord<String, byte[]>> originals = recordsOf(demandId, 4);

        republish("operator", demandId, 2)
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.queued").value(3))
                .andExpect(jsonPath("$.fromVersion").value(2))
                .andExpect(jsonPath("$.toVersion").value(4));

        List<ConsumerRecord<String, byte[]>> all = recordsOf(demandId, 7);
        assertThat(all).hasSize(7);
        List<byte[]> again = all.subList(4, 7).stream().map(ConsumerRecord::value).toList();
        List<byte[]> asFirstSent = originals.subList(1, 4).stream().map(ConsumerRecord::value).toList();
        for (int i = 0; i < 3; i++) {
            assertThat(Arrays.equals(again.get(i), asFirstSent.get(i))).as("version %d unchanged", i + 2).isTrue();
        }
        List<Object> decoded = kafka().readAvro(TOPIC).stream().filter(r -> demandId.toString().equals(r.key()))
                .map(ConsumerRecord::value).toList();
        assertThat(decoded.subList(4, 7)).containsExactlyElementsOf(decoded.subList(1, 4));
    }

    @Test
    void an_unknown_demand_is_404() throws Exception {
        republish("operator", DemandId.random(), 1).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        republish("operator", "no-such-demand", 1).andExpect(status().isNotFound());
    }

    @Test
    void a_from_version_outside_one_to_latest_is_422() throws Exception {
        DemandId demandId = openedCase();

        republish("operator", demandId, 0).andExpect(status().is(422))
                .andExpect(jsonPath("$.reasons[0].field").value("fromVersion"));
        republish("operator", demandId, 2).andExpect(status().is(422));
    }

    @Test
    void only_an_operator_may_re_publish() throws Exception {
        republish("reviewer", openedCase(), 1).andExpect(status().isForbidden());
    }

    @Test
    void the_command_is_in_the_openapi_description() throws Exception {
        mvc.perform(get("/v3/api-docs").with(bearer("reviewer"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/operations/status-republications'].post").exists());
    }
}
