package org.example.ticketing;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.avro.specific.SpecificRecord;
import org.demandflow.contracts.Topics;
import org.demandflow.events.DemandReceived;
import org.demandflow.events.SubmissionRejected;

/**
 * Reads intake's answers from {@code demands} and {@code demand-submission-rejections} and finds the one of a
 * submission. Every answer read is kept, so answers to other submissions are there when asked for later.
 * A submission id intake saw before gets no second answer (the first one stands).
 */
public final class IntakeAnswers implements AutoCloseable {

    private final Consumer<String, SpecificRecord> consumer;
    private final Map<String, IntakeAnswer> answers = new HashMap<>();

    /** Reads with the consumer given (Confluent-wire Avro values as generated classes, string keys). */
    public IntakeAnswers(Consumer<String, SpecificRecord> consumer) {
        this.consumer = consumer;
        consumer.subscribe(List.of(Topics.DEMANDS, Topics.DEMAND_SUBMISSION_REJECTIONS));
    }

    /** The answer to the submission, waiting for it up to {@code timeout}; empty if none came by then. */
    public Optional<IntakeAnswer> await(String submissionId, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!answers.containsKey(submissionId) && Instant.now().isBefore(deadline)) {
            for (ConsumerRecord<String, SpecificRecord> record : consumer.poll(Duration.ofMillis(200))) {
                keep(record.value());
            }
        }
        return Optional.ofNullable(answers.get(submissionId));
    }

    private void keep(SpecificRecord value) {
        if (value instanceof DemandReceived demand) {
            answers.putIfAbsent(demand.getSubmissionId(),
                    new IntakeAnswer.Accepted(demand.getSubmissionId(), demand.getDemandId()));
        } else if (value instanceof SubmissionRejected rejection) {
            answers.putIfAbsent(rejection.getSubmissionId(),
                    new IntakeAnswer.Rejected(rejection.getSubmissionId(), rejection.getReasons()));
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
