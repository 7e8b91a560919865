package org.example.ticketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.demandflow.contracts.Topics;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.ReasonCode;
import org.demandflow.contracts.submission.Submissions;
import org.demandflow.events.DemandSubmission;
import org.demandflow.events.RejectionReason;
import org.demandflow.testkit.Demandflow;
import org.demandflow.testkit.DemandflowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example against a real Demandflow (the test kit: a Kafka broker, the schema registry and intake-service in
 * this JVM): a demand is answered with its demand id, a rejection carries exactly the reasons offline validation
 * gives, and a ticket resubmitted with other content is refused by intake alone.
 */
@DemandflowTest
class IntakeRoundTripTest {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private KafkaProducer<String, DemandSubmission> producer;
    private IntakeAnswers answers;

    @BeforeEach
    void connect(Demandflow demandflow) {
        producer = new KafkaProducer<>(demandflow.producerConfig());
        answers = new IntakeAnswers(new KafkaConsumer<String, SpecificRecord>(
                demandflow.consumerConfig("ticketing-example-" + UUID.randomUUID())));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        answers.close();
    }

    @Test
    void a_published_demand_is_answered_with_its_demand_id() {
        DemandSubmission submission = Tickets.fresh();

        Publication publication = new DemandPublisher(producer).publish(submission);

        assertThat(publication).isEqualTo(new Publication.Sent(submission.getSubmissionId()));
        assertThat(answers.await(submission.getSubmissionId(), ANSWER_TIMEOUT)).get()
                .isInstanceOfSatisfying(IntakeAnswer.Accepted.class, accepted ->
                        assertThat(UUID.fromString(accepted.demandId())).isNotNull());
    }

    @Test
    void intake_rejects_a_record_for_exactly_the_reasons_offline_validation_gives() throws Exception {
        DemandSubmission submission = Tickets.fresh();
        submission.setCustomerId(" contoso");
        submission.getIssuingAuthority().setCountry("us");
        submission.getIssuingAuthority().setRequesterEmail("agent at fbi");
        submission.setAccountIdentifiers(List.of());
        List<Reason> offline = Submissions.validate(submission);

        sendUnchecked(submission);

        assertThat(offline).hasSize(4);
        assertThat(answers.await(submission.getSubmissionId(), ANSWER_TIMEOUT)).get()
                .isInstanceOfSatisfying(IntakeAnswer.Rejected.class, rejected ->
                        assertThat(rejected.reasons()).containsExactlyElementsOf(offline.stream()
                                .map(reason -> new RejectionReason(reason.field(), reason.code().name(),
                                        reason.message()))
                                .toList()));
    }

    @Test
    void a_ticket_resubmitted_with_other_content_is_refused_by_intake_alone() {
        DemandSubmission first = Tickets.fresh();
        DemandSubmission changed = DemandSubmission.newBuilder(first)
                .setSubmissionId("sub-" + UUID.randomUUID()).setCustomerId("fabrikam").build();
        DemandPublisher publisher = new DemandPublisher(producer);
        publisher.publish(first);
        assertThat(answers.await(first.getSubmissionId(), ANSWER_TIMEOUT)).get()
                .isInstanceOf(IntakeAnswer.Accepted.class);

        assertThat(Submissions.validate(changed)).isEmpty();
        publisher.publish(changed);

        assertThat(answers.await(changed.getSubmissionId(), ANSWER_TIMEOUT)).get()
                .isInstanceOfSatisfying(IntakeAnswer.Rejected.class, rejected ->
                        assertThat(rejected.reasons()).extracting(RejectionReason::getCode)
                                .containsExactly(ReasonCode.CONFLICTING_RESUBMISSION.name()));
    }

    /** What a producer without the offline check would send. */
    private void sendUnchecked(DemandSubmission submission) throws Exception {
        producer.send(new ProducerRecord<>(Topics.DEMAND_SUBMISSIONS, submission.getSubmissionId(), submission)).get();
    }
}
