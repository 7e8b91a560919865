package org.demandflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.Topics;
import org.demandflow.contracts.examples.ContractExamples;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;

/** A submission published with the kit's producer settings, and the {@code DemandReceived} intake answers with. */
final class DemandRoundTrip {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private DemandRoundTrip() {
    }

    static void assertAccepted(Demandflow demandflow) throws ExecutionException, InterruptedException {
        DemandSubmission submission = ContractExamples.record(Contract.DEMAND_SUBMISSIONS);
        submission.setSubmissionId("kit-" + UUID.randomUUID());
        submission.setExternalReference("KIT-" + UUID.randomUUID());

        try (KafkaProducer<String, DemandSubmission> producer = new KafkaProducer<>(demandflow.producerConfig())) {
            producer.send(new ProducerRecord<>(Topics.DEMAND_SUBMISSIONS,
                    Contract.DEMAND_SUBMISSIONS.keyOf(submission), submission)).get();
        }

        DemandReceived received = awaitDemand(demandflow, submission.getSubmissionId());
        assertThat(received.getExternalReference()).isEqualTo(submission.getExternalReference());
        assertThat(received.getCustomerId()).isEqualTo(submission.getCustomerId());
    }

    private static DemandReceived awaitDemand(Demandflow demandflow, String submissionId) {
        try (KafkaConsumer<String, DemandReceived> consumer = new KafkaConsumer<>(
                demandflow.consumerConfig("ticketing-kit-" + UUID.randomUUID()))) {
            consumer.subscribe(List.of(Topics.DEMANDS));
            Instant deadline = Instant.now().plus(TIMEOUT);
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, DemandReceived> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.value().getSubmissionId().equals(submissionId)) {
                        return record.value();
                    }
                }
            }
        }
        throw new AssertionError("no DemandReceived for " + submissionId + " within " + TIMEOUT);
    }
}
