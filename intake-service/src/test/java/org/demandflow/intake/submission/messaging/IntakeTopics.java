package org.demandflow.intake.submission.messaging;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.SubmissionRejected;
import org.demandflow.testsupport.kafka.KafkaTestClient;

/**
 * Intake's topics as an upstream system and a downstream consumer see them: submissions in,
 * {@code DemandReceived} and {@code SubmissionRejected} out. An absence is only worth checking
 * after {@link #awaitMarkers()}: intake handles one partition in order, so once the answers to
 * two later marker submissions are out, whatever an earlier submission led to is out too.
 */
final class IntakeTopics {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final KafkaTestClient kafka;

    IntakeTopics(KafkaTestClient kafka) {
        this.kafka = kafka;
    }

    void submit(DemandSubmission submission) {
        kafka.send("demand-submissions", submission.getSubmissionId(), submission);
    }

    List<ConsumerRecord<String, Object>> demandRecordsFor(String externalReference) {
        return kafka.readAvro("demands").stream()
                .filter(record -> ((DemandReceived) record.value()).getExternalReference().equals(externalReference))
                .toList();
    }

    List<DemandReceived> demandsFor(String externalReference) {
        return demandRecordsFor(externalReference).stream().map(record -> (DemandReceived) record.value()).toList();
    }

    List<SubmissionRejected> rejectionsOf(String submissionId) {
        return kafka.readAvro("demand-submission-rejections").stream()
                .filter(record -> record.key().equals(submissionId))
                .map(record -> (SubmissionRejected) record.value()).toList();
    }

    DemandReceived awaitDemand(String externalReference) {
        return await().atMost(PATIENCE).until(() -> demandsFor(externalReference), found -> !found.isEmpty()).get(0);
    }

    SubmissionRejected awaitRejection(String submissionId) {
        return await().atMost(PATIENCE).until(() -> rejectionsOf(submissionId), found -> !found.isEmpty()).get(0);
    }

    /** Submits a valid and an invalid marker after everything so far and waits for both answers. */
    void awaitMarkers() {
        DemandSubmission accepted = AvroSubmissions.valid().build();
        DemandSubmission refused = AvroSubmissions.valid().setCustomerId(" ").build();
        submit(accepted);
        submit(refused);
        awaitDemand(accepted.getExternalReference());
        awaitRejection(refused.getSubmissionId());
    }
}
