package org.demandflow.review.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.demandflow.testsupport.identity.TestIdentity.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.events.SecrecyStatus;
import org.demandflow.events.SecrecyStatusChanged;
import org.demandflow.review.expiry.application.ExpirySweeper;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.review.support.ReviewApi;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.kafka.TopicReader;
import org.demandflow.testsupport.registry.TestRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DemandFlowTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ExpirySweeper sweeper;

    @Autowired
    MockMvc mvc;

    private TopicReader<Object> statuses;

    @BeforeEach
    void readStatuses() {
        statuses = kafka().avroReader("demand-secrecy-status");
    }

    @AfterEach
    void closeReader() {
        statuses.close();
    }

    private DemandReceived demand(String demandId) {
        Instant now = clock.instant();
        return DemandReceived.newBuilder().setDemandId(demandId).setSubmissionId(UUID.randomUUID().toString())
                .setSourceSystem("ticketing").setExternalReference("T-" + demandId).setCustomerId("contoso")
                .setDemandType(DemandType.SEARCH_WARRANT)
                .setIssuingAuthority(IssuingAuthority.newBuilder().setAgency("FBI").setCountry("US").build())
                .setDataCategories(List.of(DataCategory.CONTENT)).setAccountIdentifiers(List.of("a@contoso.com"))
                .setReceivedAt(now).setResponseDueAt(now.plus(Duration.ofDays(10))).setNondisclosureIndicated(true)
                .build();
    }

    private String sendDemand() {
        String demandId = UUID.randomUUID().toString();
        kafka().send("demands", demandId, demand(demandId));
        return demandId;
    }

    private List<SecrecyStatusChanged> statusesOf(String demandId) {
        return valuesOf(statuses, demandId).stream().map(SecrecyStatusChanged.class::cast).toList();
    }

    private List<SecrecyStatusChanged> awaitStatuses(String demandId, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> statusesOf(demandId), s -> s.size() >= count);
    }

    @Test
    void a_demand_opens_a_case_published_as_pending_review_version_one() {
        String demandId = sendDemand();

        SecrecyStatusChanged first = awaitStatuses(demandId, 1).get(0);

        assertThat(first.getVersion()).isEqualTo(1);
        assertThat(first.getStatus()).isEqualTo(SecrecyStatus.PENDING_REVIEW);
        assertThat(first.getCustomerId()).isEqualTo("contoso");
        assertThat(reviews.find(DemandId.parse(demandId))).isPresent();
    }

    @Test
    void a_redelivered_demand_opens_no_second_case() {
        String demandId = sendDemand();
        long firstStatus = statuses.await(r -> demandId.equals(r.key()), Duration.ofSeconds(30)).offset();

        kafka().send("demands", demandId, demand(demandId));
        String later = sendDemand();

        statuses.assertAbsent(r -> demandId.equals(r.key()) && r.offset() > firstStatus,
                r -> later.equals(r.key()), Duration.ofSeconds(30));
        assertThat(reviews.find(DemandId.parse(demandId)).orElseThrow().snapshot().history()).hasSize(1);
    }

    @Test
    void a_demand_moves_to_restricted_then_cleared_at_expiry_with_consecutive_versions() throws Exception {
        String demandId = sendDemand();
        awaitStatuses(demandId, 1);
        mvc.perform(post("/api/v1/reviews/{id}/secrecy-orders", demandId).with(bearer("reviewer"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"authority": "USC_2705B", "court": "W.D. Wash.", "docketNumber": "MJ-42",
                         "issuedAt": "%s", "expiresAt": "%s", "scope": "FULL"}"""
                        .formatted(clock.instant(), clock.instant().plus(Duration.ofDays(8)))))
                .andExpect(status().isCreated());

        clock.advance(Duration.ofDays(9));
        sweeper.sweep();

        List<SecrecyStatusChanged> all = awaitStatuses(demandId, 3);
        assertThat(all).extracting(SecrecyStatusChanged::getVersion).containsExactly(1, 2, 3);
        assertThat(all).extracting(SecrecyStatusChanged::getStatus)
                .containsExactly(SecrecyStatus.PENDING_REVIEW, SecrecyStatus.RESTRICTED, SecrecyStatus.CLEARED);
        assertThat(all.get(2).getDelayedNotice().getDocketNumber()).isEqualTo("MJ-42");
        assertThat(all.get(2).getDelayedNotice().getAuthority()).isEqualTo("USC_2705B");
    }

    @Test
    void a_carve_out_publishes_executive_only_with_its_recipients_once_a_second_reviewer_approves_it()
            throws Exception {
        String demandId = sendDemand();
        awaitStatuses(demandId, 1);
        ReviewApi api = new ReviewApi(mvc);

        String proposalId = api.proposed(post("/api/v1/reviews/{id}/secrecy-orders", demandId), """
                        {"authority": "USC_2705B", "issuedAt": "%s", "expiresAt": null,
                         "scope": "EXECUTIVE_ONLY", "permittedRecipients": ["CEO@contoso.com"]}"""
                        .formatted(clock.instant()));
        api.approved(proposalId);

        SecrecyStatusChanged second = awaitStatuses(demandId, 2).get(1);
        assertThat(second.getStatus()).isEqualTo(SecrecyStatus.EXECUTIVE_ONLY);
        assertThat(second.getPermittedRecipients()).containsExactly("ceo@contoso.com");
        assertThat(second.getVersion()).isEqualTo(2);
    }

    @Test
    void an_undecodable_demand_goes_to_the_dead_letter_topic_and_the_consumer_goes_on() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        kafka().sendBytes("demands", key, garbage);

        ConsumerRecord<String, byte[]> dead = kafka().awaitBytes("demands-dlt", r -> key.equals(r.key()));

        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(KafkaTestClient.header(dead, "kafka_dlt-original-topic")).isEqualTo("demands");
        assertThat(dead.headers().lastHeader("kafka_dlt-exception-fqcn")).isNotNull();
        String after = sendDemand();
        assertThat(awaitStatuses(after, 1).get(0).getVersion()).isEqualTo(1);
    }

    @Test
    void the_status_schema_is_registered_once_in_its_clean_contract_form() throws Exception {
        awaitStatuses(sendDemand(), 1);

        String subject = TestRegistry.url() + "/subjects/" + Contract.DEMAND_SECRECY_STATUS.subject() + "/versions";
        JsonNode versions = JSON.readTree(get(subject));
        JsonNode latest = JSON.readTree(get(subject + "/latest"));

        assertThat(versions.size()).isEqualTo(1);
        assertThat(new Schema.Parser().parse(latest.get("schema").asString()))
                .isEqualTo(Contract.DEMAND_SECRECY_STATUS.schema());
    }

    private static String get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
