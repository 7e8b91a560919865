package org.demandflow.e2e.corpus;

import java.util.function.Function;

/**
 * One bad record of the corpus: the topic it is written to, how it is made, and its documented answer.
 *
 * @param name   what is wrong with it
 * @param topic  where it is written
 * @param input  makes the record (key, bytes, the ids a rejection names)
 * @param answer what the consuming service must do with it
 */
record KafkaCase(String name, String topic, Function<KafkaInputs, Bad> input, Answer answer) {

    /** The record as written: its key and value bytes, and the submission's ids when it is a decodable submission. */
    record Bad(String key, byte[] value, String submissionId, String externalReference) {

        static Bad raw(String key, byte[] value) {
            return new Bad(key, value, null, null);
        }
    }

    /** The documented answer to a bad record. */
    sealed interface Answer permits Rejected, DeadLettered, Ignored {
    }

    /** A {@code SubmissionRejected} with a reason on the field (and, when given, with the code). */
    record Rejected(String field, String code) implements Answer {
    }

    /** The original bytes on the dead-letter topic with spring-kafka's {@code kafka_dlt-*} headers. */
    record DeadLettered(String... deadLetterTopics) implements Answer {
    }

    /** Nothing to answer (a tombstone); the consumer simply goes on. */
    record Ignored() implements Answer {
    }

    @Override
    public String toString() {
        return topic + ": " + name;
    }
}
