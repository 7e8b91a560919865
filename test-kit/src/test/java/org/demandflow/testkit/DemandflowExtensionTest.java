package org.demandflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.Topics;
import org.demandflow.contracts.examples.ContractExamples;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.serde.ConfluentAvroDeserializer;
import org.demandflow.serde.ConfluentAvroSerializer;
import org.junit.jupiter.api.Test;

/** The kit's Demandflow takes a submission on the real broker and answers it, as a ticketing system sees it. */
@DemandflowTest
class DemandflowExtensionTest {

    @Test
    void a_submission_published_with_the_kits_settings_comes_back_as_a_demand(Demandflow demandflow)
            throws Exception {
        DemandSubmission submission = ContractExamples.record(Contract.DEMAND_SUBMISSIONS);
        submission.setSubmissionId("kit-" + UUID.randomUUID());
        submission.setExternalReference("KIT-" + UUID.randomUUID());
        submission.setReceivedAt(Instant.now().minusSeconds(60));
        submission.setResponseDueAt(null);

        try (KafkaProducer<String, DemandSubmission> producer = new KafkaProducer<>(demandflow.producerConfig())) {
            producer.send(new ProducerRecord<>(Topics.DEMAND_SUBMISSIONS,
                    Contract.DEMAND_SUBMISSIONS.keyOf(submission), submission)).get();
        }

        DemandReceived received = awaitDemand(demandflow, submission.getSubmissionId());
        assertThat(received.getExternalReference()).isEqualTo(submission.getExternalReference());
        assertThat(received.getCustomerId()).isEqualTo("contoso");
    }

    private static DemandReceived awaitDemand(Demandflow demandflow, String submissionId) {
        try (KafkaConsumer<String, DemandReceived> consumer = new KafkaConsumer<>(
                demandflow.consumerConfig("kit-" + UUID.randomUUID()))) {
            consumer.subscribe(List.of(Topics.DEMANDS));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, DemandReceived> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().getSubmissionId().equals(submissionId)) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no DemandReceived for " + submissionId + " within 60 s");
    }
}
