package org.demandflow.e2e.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.demandflow.contracts.access.Principal;
import org.demandflow.e2e.corpus.KafkaCase.Bad;
import org.demandflow.e2e.corpus.KafkaCase.DeadLettered;
import org.demandflow.e2e.corpus.KafkaCase.Rejected;
import org.demandflow.e2e.support.Demands;
import org.demandflow.e2e.support.Events;
import org.demandflow.e2e.support.RestClient;
import org.demandflow.e2e.support.RestClient.Answer;
import org.demandflow.e2e.support.ReviewApi;
import org.demandflow.e2e.support.Stack;
import org.demandflow.events.SubmissionRejected;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bad input of the corpus gets its documented answer — a rejection with reasons, the dead-letter
 * topic with the original bytes and {@code kafka_dlt-*} headers, or a 4xx problem — and a good input
 * right behind it (same partition, same service) still goes through.
 */
class BadInputCorpusTest {

    static Stack stack;
    static Events events;
    static KafkaInputs inputs;
    static GoodRecords good;
    static String demandId;
    static String orderId;

    @BeforeAll
    static void start() {
        stack = Stack.shared();
        events = new Events(stack, List.of("demands", "demand-secrecy-status", "demand-submission-rejections",
                "demand-submissions-dlt", "demands-dlt", Stack.NOTIFICATION_DEMANDS_DLT, "demand-secrecy-status-dlt",
                "customer-executives-dlt", "demand-responses-dlt"));
        inputs = new KafkaInputs(new Frames(stack.registryAs(Principal.REGISTRY_ADMIN)), events);
        good = new GoodRecords(stack, events);
        demandId = good.demandInReview();
        orderId = new ReviewApi(stack.review, "reviewer").fullOrder(demandId, "2:26-mj-corpus", null);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        events.close();
    }

    static Stream<KafkaCase> kafkaCases() {
        return KafkaCorpus.cases().stream();
    }

    static Stream<RestCase> restCases() {
        return RestCorpus.cases().stream();
    }

    @Test
    void the_corpus_holds_at_least_forty_inputs_across_kafka_and_rest() {
        assertThat(KafkaCorpus.cases().size() + RestCorpus.cases().size()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void an_order_running_to_the_year_9999_is_accepted_and_listed_as_a_challenge_candidate() {
        String farDemand = good.demandInReview();

        String farOrder = new ReviewApi(stack.review, "reviewer").fullOrder(farDemand, "2:26-mj-far-future",
                KafkaInputs.farFuture());

        RestClient auditor = new RestClient(stack.review.url() + "/api/v1/", "auditor");
        Answer attention = auditor.get("attention");
        assertThat(attention.status()).isEqualTo(200);
        assertThat(attention.json().findParents("orderId")).as(attention.body())
                .anySatisfy(item -> {
                    assertThat(item.path("orderId").asString()).isEqualTo(farOrder);
                    assertThat(item.path("kind").asString()).isEqualTo("CHALLENGE_CANDIDATE");
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kafkaCases")
    void a_bad_record_is_answered_and_the_good_record_behind_it_flows(KafkaCase corpusCase) {
        Bad bad = corpusCase.input().apply(inputs);
        int partition = Math.floorMod(bad.key().hashCode(), 3);

        events.sendBytes(corpusCase.topic(), partition, bad.key(), bad.value());
        good.sendBehind(corpusCase.topic(), partition);

        if (corpusCase.answer() instanceof Rejected rejected) {
            assertRejected(bad, rejected);
        } else if (corpusCase.answer() instanceof DeadLettered deadLettered) {
            for (String topic : deadLettered.deadLetterTopics()) {
                assertDeadLettered(corpusCase.topic(), topic, bad);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("restCases")
    void a_bad_request_is_answered_with_a_problem_and_the_service_still_serves(RestCase corpusCase) {
        String path = corpusCase.path().replace("{demandId}", demandId).replace("{orderId}", orderId);
        RestClient client = new RestClient(service(corpusCase).url() + "/api/v1/", corpusCase.user());

        String body = corpusCase.body() == null ? null : corpusCase.body().replace("{orderId}", orderId);
        Answer answer = body == null ? client.get(path) : client.postRaw(path, "application/json", body);

        assertThat(answer.status()).as(answer.body()).isEqualTo(corpusCase.status());
        if (corpusCase.problem()) {
            assertThat(answer.contentType()).as(answer.body()).startsWith("application/problem+json");
        }
        if (corpusCase.code() != null) {
            assertThat(answer.json().path("reasons").findValuesAsString("code")).contains(corpusCase.code());
        }
        good.stillServes(corpusCase.service(), demandId);
    }

    private static org.demandflow.e2e.support.ServiceProcess service(RestCase corpusCase) {
        return corpusCase.service().equals("intake") ? stack.intake : stack.review;
    }

    private static void assertRejected(Bad bad, Rejected expected) {
        SubmissionRejected rejection = events.await("demand-submission-rejections", SubmissionRejected.class,
                r -> bad.externalReference().equals(r.getExternalReference()));
        assertThat(rejection.getReasons()).as(rejection.toString())
                .anySatisfy(reason -> {
                    assertThat(reason.getField()).isEqualTo(expected.field());
                    if (expected.code() != null) {
                        assertThat(reason.getCode()).isEqualTo(expected.code());
                    }
                });
    }

    private static void assertDeadLettered(String originalTopic, String deadLetterTopic, Bad bad) {
        ConsumerRecord<String, Object> dead = await(deadLetterTopic).atMost(Duration.ofSeconds(60))
                .until(() -> events.records(deadLetterTopic).stream().filter(r -> bad.key().equals(r.key())).findFirst(),
                        Optional::isPresent)
                .get();
        assertThat((byte[]) dead.value()).as("the original bytes").isEqualTo(bad.value());
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(originalTopic);
        assertThat(header(dead, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(header(dead, "kafka_dlt-exception-message")).isNotNull();
    }

    private static String header(ConsumerRecord<String, Object> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
