package org.demandflow.review.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.events.OrderChallengeOutcome;
import org.demandflow.events.SecrecyOrderChanged;
import org.demandflow.events.SecrecyOrderScope;
import org.demandflow.events.SecrecyOrderState;
import org.demandflow.review.expiry.application.ExpirySweeper;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every change of a secrecy order leaves once on {@code secrecy-orders} as a {@code SecrecyOrderChanged}: decisions
 * taken at once, decisions a second reviewer approved later, and the expiry sweep; versions per order from 1, the
 * Confluent wire format, keyed by the demand, no e-mail address in the bytes.
 */
class OrderEventsFlowTest extends IntegrationTest {

    private static final String TOPIC = Contract.SECRECY_ORDERS.topic();
    private static final String CEO = "ceo@contoso.com";

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpirySweeper sweeper;

    private ReviewApi api;
    private TopicReader<Object> orders;
    private TopicReader<byte[]> raw;

    @BeforeEach
    void readOrders() {
        api = new ReviewApi(mvc);
        orders = kafka().avroReader(TOPIC);
        raw = kafka().bytesReader(TOPIC);
    }

    @AfterEach
    void closeReaders() {
        orders.close();
        raw.close();
    }

    private List<SecrecyOrderChanged> awaitChanges(DemandId demandId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> valuesOf(orders, demandId.toString()).stream()
                .map(SecrecyOrderChanged.class::cast).toList(), changes -> changes.size() >= count);
    }

    private String created(MockHttpServletRequestBuilder request, String json, String idField) throws Exception {
        String body = api.as(ReviewApi.REVIEWER, request, json).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString();
        return JsonPath.read(body, "$." + idField);
    }

    private String order(DemandId demandId, Duration runsFor) throws Exception {
        return created(post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705B", "court": "W.D. Wash.", "docketNumber": "MJ-77", "issuedAt": "%s",
                 "expiresAt": "%s", "scope": "FULL"}""".formatted(clock.instant(), clock.instant().plus(runsFor)),
                "orderId");
    }

    private void ok(MockHttpServletRequestBuilder request, String json) throws Exception {
        api.as(ReviewApi.REVIEWER, request, json).andExpect(status().isOk());
    }

    @Test
    void every_change_of_every_order_publishes_one_version_of_that_order() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String first = order(demandId, Duration.ofDays(30));
        ok(post("/api/v1/reviews/{id}/secrecy-orders/{o}/extensions", demandId, first),
                "{\"expiresAt\": \"%s\"}".formatted(clock.instant().plus(Duration.ofDays(40))));
        String challengeId = created(post("/api/v1/reviews/{id}/challenges", demandId), """
                {"orderId": "%s", "forum": "W.D. Wash.", "level": "MAGISTRATE", "matter": "CRIMINAL"}"""
                .formatted(first), "challengeId");
        ok(patch("/api/v1/reviews/{id}/challenges/{c}", demandId, challengeId),
                "{\"outcome\": \"DENIED\", \"liftOrder\": false}");
        api.approved(api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", demandId, first),
                "{\"permittedRecipients\": [\"" + CEO + "\"]}"));
        String second = order(demandId, Duration.ofDays(10));
        clock.advance(Duration.ofDays(41));
        sweeper.sweep();

        List<SecrecyOrderChanged> changes = awaitChanges(demandId, 8);
        assertThat(changes).hasSize(8);
        assertThat(changes.stream().filter(c -> c.getOrderId().equals(first)))
                .extracting(SecrecyOrderChanged::getVersion).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(changes.stream().filter(c -> c.getOrderId().equals(second)))
                .extracting(SecrecyOrderChanged::getVersion).containsExactly(1, 2);
        SecrecyOrderChanged narrowed = changes.stream().filter(c -> c.getOrderId().equals(first))
                .filter(c -> c.getVersion() == 5).findFirst().orElseThrow();
        assertThat(narrowed.getScope()).isEqualTo(SecrecyOrderScope.EXECUTIVE_ONLY);
        assertThat(narrowed.getChallenged()).isTrue();
        assertThat(narrowed.getChallengeOutcome()).isEqualTo(OrderChallengeOutcome.DENIED);
        assertThat(changes).filteredOn(c -> c.getState() == SecrecyOrderState.EXPIRED).hasSize(2);
    }

    @Test
    void a_change_held_for_a_second_reviewer_publishes_once_when_approved_and_not_before() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String orderId = order(demandId, Duration.ofDays(30));
        String proposalId = api.liftProposed(demandId, orderId);

        api.approved(proposalId);

        List<SecrecyOrderChanged> changes = awaitChanges(demandId, 2);
        assertThat(changes).extracting(SecrecyOrderChanged::getVersion).containsExactly(1, 2);
        assertThat(changes).extracting(SecrecyOrderChanged::getState)
                .containsExactly(SecrecyOrderState.ACTIVE, SecrecyOrderState.LIFTED);
    }

    @Test
    void a_granted_challenge_that_narrows_publishes_one_version_when_a_second_reviewer_approves() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String orderId = order(demandId, Duration.ofDays(30));
        String challengeId = created(post("/api/v1/reviews/{id}/challenges", demandId), """
                {"orderId": "%s", "forum": "D.D.C.", "level": "DISTRICT", "matter": "CIVIL_US_PARTY"}"""
                .formatted(orderId), "challengeId");

        api.approved(api.proposed(patch("/api/v1/reviews/{id}/challenges/{c}", demandId, challengeId),
                "{\"outcome\": \"GRANTED\", \"liftOrder\": false, \"narrowTo\": [\"" + CEO + "\"]}"));

        List<SecrecyOrderChanged> changes = awaitChanges(demandId, 3);
        assertThat(changes).extracting(SecrecyOrderChanged::getVersion).containsExactly(1, 2, 3);
        assertThat(changes.get(1).getChallengeOutcome()).isEqualTo(OrderChallengeOutcome.PENDING);
        assertThat(changes.get(2).getChallengeOutcome()).isEqualTo(OrderChallengeOutcome.GRANTED);
        assertThat(changes.get(2).getScope()).isEqualTo(SecrecyOrderScope.EXECUTIVE_ONLY);
    }

    @Test
    void an_end_restated_as_the_courts_date_publishes_the_date_and_zone_with_the_same_end() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        LocalDate lastDay = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(30);
        Instant midnight = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        String orderId = created(post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": "%s", "scope": "FULL"}"""
                .formatted(clock.instant(), midnight), "orderId");

        ok(post("/api/v1/reviews/{id}/secrecy-orders/{o}/extensions", demandId, orderId),
                "{\"expiresOn\": \"%s\", \"timeZone\": \"Etc/UTC\"}".formatted(lastDay));

        SecrecyOrderChanged restated = awaitChanges(demandId, 2).get(1);
        assertThat(restated.getVersion()).isEqualTo(2);
        assertThat(restated.getExpiresOn()).isEqualTo(lastDay.toString());
        assertThat(restated.getTimeZone()).isEqualTo("Etc/UTC");
        assertThat(restated.getEndsAt()).isEqualTo(midnight);
    }

    @Test
    void the_records_are_keyed_by_demand_in_the_confluent_wire_format_without_any_e_mail_address() throws Exception {
        DemandId demandId = openedCase("SUBPOENA", false);
        String orderId = order(demandId, Duration.ofDays(30));
        api.approved(api.proposed(post("/api/v1/reviews/{id}/secrecy-orders/{o}/narrow", demandId, orderId),
                "{\"permittedRecipients\": [\"" + CEO + "\"]}"));
        awaitChanges(demandId, 2);

        List<ConsumerRecord<String, byte[]>> records = raw.readToEnd().stream()
                .filter(r -> demandId.toString().equals(r.key())).toList();
        assertThat(records).hasSize(2).allSatisfy(r -> {
            assertThat(r.value()[0]).isZero();
            assertThat(new String(r.value(), StandardCharsets.ISO_8859_1)).doesNotContain("@", "contoso.com");
            assertThat(r.headers().lastHeader("demandflow-signature")).isNull();
        });
    }
}
