package org.example.ticketing;

import java.util.List;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.demandflow.contracts.Contract;
import org.demandflow.contracts.submission.Reason;
import org.demandflow.contracts.submission.Submissions;
import org.demandflow.events.DemandSubmission;

/**
 * Publishes a ticket's demand to Demandflow: checks it offline with Demandflow's own rules first and sends only
 * what intake would accept, keyed by its {@code submissionId} as the contract says.
 *
 * <p>The producer writes Confluent-wire Avro values (Confluent's {@code KafkaAvroSerializer}, or Demandflow's
 * {@code ConfluentAvroSerializer} in tests) with {@code acks=all} and idempotence; a resend after a timeout may
 * deliver the record twice, which intake takes as one (same {@code submissionId}).
 */
public final class DemandPublisher {

    private static final Contract CONTRACT = Contract.DEMAND_SUBMISSIONS;

    private final Producer<String, DemandSubmission> producer;

    public DemandPublisher(Producer<String, DemandSubmission> producer) {
        this.producer = producer;
    }

    /** Sends the submission unless it breaks a rule; waits for the broker's acknowledgement. */
    public Publication publish(DemandSubmission submission) {
        List<Reason> reasons = Submissions.validate(submission);
        if (!reasons.isEmpty()) {
            return new Publication.RefusedOffline(reasons);
        }
        String key = CONTRACT.keyOf(submission);
        try {
            producer.send(new ProducerRecord<>(CONTRACT.topic(), key, submission)).get();
            return new Publication.Sent(key);
        } catch (ExecutionException e) {
            throw new IllegalStateException("submission " + key + " was not sent", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending submission " + key, e);
        }
    }
}
