package org.demandflow.intake.submission.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.RejectionReason;
import org.demandflow.intake.support.IntakeIntegrationTest;
import org.demandflow.testsupport.kafka.KafkaTestClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Intake takes in a poll as one batch: the records are sent while the binding is stopped, so that they arrive in
 * one poll. A batch comes to what taking its records one after the other would: a poison record in it is
 * dead-lettered alone, a submission id or ticket met twice counts once, a redelivered batch changes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class BatchIntakeTest extends IntakeIntegrationTest {

    private static final String BINDING = "intakeSubmissions-in-0";

    @Autowired
    private BindingsLifecycleController bindings;

    @Autowired
    private JdbcClient jdbc;

    private IntakeTopics topics() {
        return new IntakeTopics(kafka());
    }

    /** Sends the records (submissions, or raw bytes) while the binding is stopped, then starts it. */
    private void sendInOneBatch(Runnable sends) {
        bindings.stop(BINDING);
        try {
            sends.run();
        } finally {
            bindings.start(BINDING);
        }
    }

    private String disposition(String submissionId) {
        return jdbc.sql("SELECT disposition FROM processed_submission WHERE submission_id = ?").param(submissionId)
                .query(String.class).optional().orElse(null);
    }

    @Test
    void a_poison_record_in_the_middle_of_a_batch_is_dead_lettered_alone_and_the_records_around_it_are_taken_in() {
        DemandSubmission before = AvroSubmissions.valid().build();
        DemandSubmission after = AvroSubmissions.valid().build();
        byte[] valid = kafka().avroBytes("demand-submissions", AvroSubmissions.valid().build());
        byte[] truncated = Arrays.copyOf(valid, valid.length / 2);
        String poisonKey = "batch-poison-" + UUID.randomUUID();

        sendInOneBatch(() -> {
            topics().submit(before);
            kafka().sendBytes("demand-submissions", poisonKey, truncated);
            topics().submit(after);
        });

        topics().awaitDemand(before.getExternalReference());
        topics().awaitDemand(after.getExternalReference());
        ConsumerRecord<String, byte[]> dead = kafka().awaitBytes("demand-submissions-dlt",
                record -> poisonKey.equals(record.key()));
        topics().awaitMarkers();
        assertThat(dead.value()).isEqualTo(truncated);
        assertThat(KafkaTestClient.header(dead, "kafka_dlt-exception-fqcn")).contains("DeserializationException");
        // the deserializer's own failure, as in record mode, not a stand-in
        assertThat(KafkaTestClient.header(dead, "kafka_dlt-exception-stacktrace")).contains("AvroSerdeException");
        assertThat(kafka().readBytes("demand-submissions-dlt")).extracting(ConsumerRecord::key)
                .doesNotContain(before.getSubmissionId(), after.getSubmissionId()).containsOnlyOnce(poisonKey);
        assertThat(topics().demandsFor(before.getExternalReference())).hasSize(1);
        assertThat(topics().demandsFor(after.getExternalReference())).hasSize(1);
    }

    @Test
    void the_same_submission_twice_and_the_same_ticket_twice_in_a_batch_come_out_as_if_taken_one_after_the_other(
            CapturedOutput output) {
        DemandSubmission first = AvroSubmissions.valid().build();
        DemandSubmission sameContent = AvroSubmissions.valid().setExternalReference(first.getExternalReference())
                .build();
        DemandSubmission otherContent = AvroSubmissions.valid().setExternalReference(first.getExternalReference())
                .setNotes("other content").build();

        sendInOneBatch(() -> List.of(first, first, sameContent, otherContent).forEach(topics()::submit));

        topics().awaitRejection(otherContent.getSubmissionId());
        topics().awaitMarkers();
        assertThat(topics().demandsFor(first.getExternalReference())).singleElement()
                .satisfies(demand -> assertThat(demand.getSubmissionId()).isEqualTo(first.getSubmissionId()));
        assertThat(topics().rejectionsOf(otherContent.getSubmissionId())).singleElement()
                .satisfies(rejection -> assertThat(rejection.getReasons()).extracting(RejectionReason::getCode)
                        .containsExactly("CONFLICTING_RESUBMISSION"));
        assertThat(topics().rejectionsOf(first.getSubmissionId())).isEmpty();
        assertThat(topics().rejectionsOf(sameContent.getSubmissionId())).isEmpty();
        assertThat(Map.of("first", disposition(first.getSubmissionId()),
                "sameContent", disposition(sameContent.getSubmissionId()),
                "otherContent", disposition(otherContent.getSubmissionId())))
                .containsExactlyInAnyOrderEntriesOf(Map.of("first", "ACCEPTED", "sameContent", "DUPLICATE",
                        "otherContent", "REJECTED"));
        assertThat(output.getOut()).contains("Took in 4 submission(s): 1 accepted, 1 duplicate, 1 rejected, "
                + "1 redelivered");
    }

    @Test
    void a_batch_delivered_again_changes_nothing(CapturedOutput output) {
        DemandSubmission accepted = AvroSubmissions.valid().build();
        DemandSubmission refused = AvroSubmissions.valid().setCustomerId(" ").build();
        DemandSubmission duplicate = AvroSubmissions.valid().setExternalReference(accepted.getExternalReference())
                .build();
        List<DemandSubmission> batch = List.of(accepted, refused, duplicate);
        sendInOneBatch(() -> batch.forEach(topics()::submit));
        topics().awaitDemand(accepted.getExternalReference());
        topics().awaitRejection(refused.getSubmissionId());
        topics().awaitMarkers();
        long demands = jdbc.sql("SELECT count(*) FROM demand").query(Long.class).single();

        sendInOneBatch(() -> batch.forEach(topics()::submit));
        await().atMost(IntakeTopics.PATIENCE).until(() -> output.getOut()
                .contains("Took in 3 submission(s): 0 accepted, 0 duplicate, 0 rejected, 3 redelivered"));
        topics().awaitMarkers();

        assertThat(topics().demandsFor(accepted.getExternalReference())).hasSize(1);
        assertThat(topics().rejectionsOf(refused.getSubmissionId())).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM demand").query(Long.class).single()).isEqualTo(demands + 1);
        assertThat(disposition(duplicate.getSubmissionId())).isEqualTo("DUPLICATE");
    }
}
