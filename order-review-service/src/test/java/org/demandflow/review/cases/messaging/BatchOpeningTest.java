package org.demandflow.review.cases.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DataCategory;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandType;
import org.demandflow.events.IssuingAuthority;
import org.demandflow.review.response.application.ResponseDesk;
import org.demandflow.review.support.IntegrationTest;
import org.demandflow.support.domain.DemandId;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.demandflow.testsupport.kafka.TopicReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

/**
 * The demands' consumer opens a poll's cases as one batch: the records are sent while the binding is stopped, so
 * that they arrive in one poll. A poison record in a batch is dead-lettered alone; a demand met twice, in a batch or
 * in a batch delivered again, opens one case and one response track, announced once.
 */
@ExtendWith(OutputCaptureExtension.class)
class BatchOpeningTest extends IntegrationTest {

    private static final String BINDING = "openReviewCase-in-0";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private BindingsLifecycleController bindings;

    @Autowired
    private ResponseDesk responses;

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

    private void send(String demandId) {
        kafka().send("demands", demandId, demand(demandId));
    }

    /** Sends the records while the binding is stopped, then starts it. */
    private void sendInOneBatch(Runnable sends) {
        bindings.stop(BINDING);
        try {
            sends.run();
        } finally {
            bindings.start(BINDING);
        }
    }

    private long statusesOf(String demandId) {
        return statuses.readToEnd().stream().filter(record -> demandId.equals(record.key())).count();
    }

    /** Sends a demand after everything so far and waits for its status: what came before is handled by then. */
    private void awaitMarker() {
        String marker = UUID.randomUUID().toString();
        send(marker);
        statuses.await(record -> marker.equals(record.key()), PATIENCE);
    }

    @Test
    void a_poison_record_in_the_middle_of_a_batch_is_dead_lettered_alone_and_the_demands_around_it_open_cases() {
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        String poison = "batch-poison-" + UUID.randomUUID();
        byte[] garbage = {0, 0, 0, 0, 42, 1, 2, 3};

        sendInOneBatch(() -> {
            send(before);
            kafka().sendBytes("demands", poison, garbage);
            send(after);
        });

        ConsumerRecord<String, byte[]> dead = kafka().awaitBytes("demands-dlt", record -> poison.equals(record.key()));
        awaitMarker();
        assertThat(dead.value()).isEqualTo(garbage);
        assertThat(KafkaTestClient.header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
        assertThat(kafka().readBytes("demands-dlt")).extracting(ConsumerRecord::key).doesNotContain(before, after)
                .containsOnlyOnce(poison);
        assertThat(statusesOf(before)).isOne();
        assertThat(statusesOf(after)).isOne();
        assertThat(responses.find(DemandId.parse(before))).isPresent();
        assertThat(responses.find(DemandId.parse(after))).isPresent();
    }

    @Test
    void a_demand_twice_in_a_batch_and_a_batch_delivered_again_open_one_case_and_one_response_each(
            CapturedOutput output) {
        String twice = UUID.randomUUID().toString();
        String once = UUID.randomUUID().toString();

        sendInOneBatch(() -> List.of(twice, twice, once).forEach(this::send));
        await().atMost(PATIENCE).until(() -> statusesOf(twice) == 1 && statusesOf(once) == 1);
        sendInOneBatch(() -> List.of(twice, once).forEach(this::send));
        await().atMost(PATIENCE).until(() -> output.getOut().contains("opened, 2 redelivered"));
        awaitMarker();

        assertThat(output.getOut()).contains("3 demand(s) received: 2 review case(s) and 2 response track(s) opened, "
                + "1 redelivered");
        assertThat(statusesOf(twice)).isOne();
        assertThat(statusesOf(once)).isOne();
        assertThat(reviews.find(DemandId.parse(twice)).orElseThrow().snapshot().history()).hasSize(1);
        assertThat(responses.find(DemandId.parse(twice)).orElseThrow().history()).hasSize(1);
    }
}
